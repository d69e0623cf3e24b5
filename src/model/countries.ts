// Every ISO 3166-1 country: alpha-2 code | names as English-language news writes them | demonyms (adjective or person).
// Written for this project from the ISO 3166-1 list of codes and short names. One country a line; ";" separates
// spellings; the first name is the one the product shows. Extraction reads every name and demonym as a cue; search
// reads the names (not the demonyms, see country-words.ts) and shows the first. Left out on purpose: "Georgia" (in
// this news a US state; the country is "Republic of Georgia"), "English" (a language far more often than a
// nationality) and demonyms shared by two countries ("Dominican", "Congolese" for the Republic of the Congo). Plurals
// ("Canadians", "Israelis") are derived below.
const TABLE = `
AD|Andorra|Andorran
AE|United Arab Emirates;UAE;U.A.E.;Emirates|Emirati
AF|Afghanistan|Afghan
AG|Antigua and Barbuda;Antigua|Antiguan
AI|Anguilla|Anguillan
AL|Albania|Albanian
AM|Armenia|Armenian
AO|Angola|Angolan
AQ|Antarctica|
AR|Argentina|Argentine;Argentinian
AS|American Samoa|
AT|Austria;Österreich|Austrian
AU|Australia;Commonwealth of Australia|Australian
AW|Aruba|Aruban
AX|Åland Islands;Aland Islands|
AZ|Azerbaijan|Azerbaijani;Azeri
BA|Bosnia and Herzegovina;Bosnia|Bosnian
BB|Barbados|Barbadian
BD|Bangladesh|Bangladeshi
BE|Belgium|Belgian
BF|Burkina Faso|Burkinabe
BG|Bulgaria|Bulgarian
BH|Bahrain|Bahraini
BI|Burundi|Burundian
BJ|Benin|Beninese
BL|Saint Barthélemy;St. Barts;St Barts|
BM|Bermuda|Bermudian
BN|Brunei;Brunei Darussalam|Bruneian
BO|Bolivia|Bolivian
BQ|Bonaire;Caribbean Netherlands|
BR|Brazil;Brasil|Brazilian
BS|Bahamas|Bahamian
BT|Bhutan|Bhutanese
BV|Bouvet Island|
BW|Botswana|Motswana;Batswana
BY|Belarus|Belarusian
BZ|Belize|Belizean
CA|Canada|Canadian
CC|Cocos Islands;Cocos (Keeling) Islands|
CD|Democratic Republic of the Congo;DR Congo;DRC;Congo-Kinshasa;Congo|Congolese
CF|Central African Republic|
CG|Republic of the Congo;Congo-Brazzaville|
CH|Switzerland;Schweiz|Swiss
CI|Côte d'Ivoire;Cote d'Ivoire;Ivory Coast|Ivorian
CK|Cook Islands|
CL|Chile|Chilean
CM|Cameroon|Cameroonian
CN|China;People's Republic of China;PRC|Chinese
CO|Colombia|Colombian
CR|Costa Rica|Costa Rican
CU|Cuba|Cuban
CV|Cape Verde;Cabo Verde|Cape Verdean
CW|Curaçao;Curacao|
CX|Christmas Island|
CY|Cyprus|Cypriot
CZ|Czech Republic;Czechia|Czech
DE|Germany;Deutschland|German
DJ|Djibouti|Djiboutian
DK|Denmark|Danish;Dane
DM|Dominica|
DO|Dominican Republic|
DZ|Algeria|Algerian
EC|Ecuador|Ecuadorian
EE|Estonia|Estonian
EG|Egypt|Egyptian
EH|Western Sahara|Sahrawi
ER|Eritrea|Eritrean
ES|Spain;España|Spanish;Spaniard
ET|Ethiopia|Ethiopian
FI|Finland|Finnish;Finn
FJ|Fiji|Fijian
FK|Falkland Islands;Falklands|
FM|Micronesia|Micronesian
FO|Faroe Islands;Faroes|Faroese
FR|France|French
GA|Gabon|Gabonese
GB|United Kingdom;UK;U.K.;Britain;Great Britain;England;Scotland;Wales;Northern Ireland|British;Briton;Scottish;Welsh;Northern Irish
GD|Grenada|Grenadian
GE|Republic of Georgia|
GF|French Guiana|
GG|Guernsey|
GH|Ghana|Ghanaian
GI|Gibraltar|Gibraltarian
GL|Greenland|Greenlandic
GM|Gambia|Gambian
GN|Guinea|Guinean
GP|Guadeloupe|
GQ|Equatorial Guinea|Equatoguinean
GR|Greece|Greek
GS|South Georgia and the South Sandwich Islands|
GT|Guatemala|Guatemalan
GU|Guam|
GW|Guinea-Bissau|
GY|Guyana|Guyanese
HK|Hong Kong|
HM|Heard Island and McDonald Islands|
HN|Honduras|Honduran
HR|Croatia|Croatian
HT|Haiti|Haitian
HU|Hungary|Hungarian
ID|Indonesia|Indonesian
IE|Ireland;Republic of Ireland|Irish
IL|Israel|Israeli
IM|Isle of Man|Manx
IN|India|Indian
IO|British Indian Ocean Territory|
IQ|Iraq|Iraqi
IR|Iran|Iranian
IS|Iceland|Icelandic;Icelander
IT|Italy;Italia|Italian
JE|Jersey|
JM|Jamaica|Jamaican
JO|Jordan|Jordanian
JP|Japan|Japanese
KE|Kenya|Kenyan
KG|Kyrgyzstan|Kyrgyz
KH|Cambodia|Cambodian
KI|Kiribati|
KM|Comoros|Comorian
KN|Saint Kitts and Nevis;St Kitts and Nevis;St. Kitts and Nevis|
KP|North Korea;Democratic People's Republic of Korea;DPRK|North Korean
KR|South Korea;Republic of Korea;Korea|South Korean;Korean
KW|Kuwait|Kuwaiti
KY|Cayman Islands|Caymanian
KZ|Kazakhstan|Kazakh;Kazakhstani
LA|Laos|Laotian
LB|Lebanon|Lebanese
LC|Saint Lucia;St Lucia;St. Lucia|Saint Lucian
LI|Liechtenstein|
LK|Sri Lanka|Sri Lankan
LR|Liberia|Liberian
LS|Lesotho|
LT|Lithuania|Lithuanian
LU|Luxembourg|Luxembourgish;Luxembourger
LV|Latvia|Latvian
LY|Libya|Libyan
MA|Morocco|Moroccan
MC|Monaco|Monegasque
MD|Moldova|Moldovan
ME|Montenegro|Montenegrin
MF|Saint Martin|
MG|Madagascar|Malagasy
MH|Marshall Islands|Marshallese
MK|North Macedonia;Macedonia|Macedonian
ML|Mali|Malian
MM|Myanmar;Burma|Burmese
MN|Mongolia|Mongolian
MO|Macau;Macao|
MP|Northern Mariana Islands|
MQ|Martinique|
MR|Mauritania|Mauritanian
MS|Montserrat|
MT|Malta|Maltese
MU|Mauritius|Mauritian
MV|Maldives|Maldivian
MW|Malawi|Malawian
MX|Mexico|Mexican
MY|Malaysia|Malaysian
MZ|Mozambique|Mozambican
NA|Namibia|Namibian
NC|New Caledonia|
NE|Niger|Nigerien
NF|Norfolk Island|
NG|Nigeria|Nigerian
NI|Nicaragua|Nicaraguan
NL|Netherlands;Holland|Dutch
NO|Norway|Norwegian
NP|Nepal|Nepalese;Nepali
NR|Nauru|
NU|Niue|
NZ|New Zealand;Aotearoa|New Zealander
OM|Oman|Omani
PA|Panama|Panamanian
PE|Peru|Peruvian
PF|French Polynesia;Tahiti|
PG|Papua New Guinea|
PH|Philippines|Filipino;Philippine
PK|Pakistan|Pakistani
PL|Poland|Polish
PM|Saint Pierre and Miquelon|
PN|Pitcairn Islands;Pitcairn|
PR|Puerto Rico|Puerto Rican
PS|Palestine;Palestinian Territories;Gaza;West Bank|Palestinian
PT|Portugal|Portuguese
PW|Palau|Palauan
PY|Paraguay|Paraguayan
QA|Qatar|Qatari
RE|Réunion;Reunion Island|
RO|Romania|Romanian
RS|Serbia|Serbian
RU|Russia;Russian Federation|Russian
RW|Rwanda|Rwandan
SA|Saudi Arabia|Saudi
SB|Solomon Islands|
SC|Seychelles|Seychellois
SD|Sudan|Sudanese
SE|Sweden|Swedish
SG|Singapore|Singaporean
SH|Saint Helena|
SI|Slovenia|Slovenian
SJ|Svalbard and Jan Mayen;Svalbard|
SK|Slovakia|Slovak;Slovakian
SL|Sierra Leone|Sierra Leonean
SM|San Marino|
SN|Senegal|Senegalese
SO|Somalia|Somali
SR|Suriname|Surinamese
SS|South Sudan|South Sudanese
ST|São Tomé and Príncipe;Sao Tome and Principe|
SV|El Salvador|Salvadoran
SX|Sint Maarten|
SY|Syria|Syrian
SZ|Eswatini;Swaziland|
TC|Turks and Caicos Islands;Turks and Caicos|
TD|Chad|Chadian
TF|French Southern Territories|
TG|Togo|Togolese
TH|Thailand|Thai
TJ|Tajikistan|Tajik
TK|Tokelau|
TL|Timor-Leste;East Timor|Timorese
TM|Turkmenistan|Turkmen
TN|Tunisia|Tunisian
TO|Tonga|Tongan
TR|Turkey;Türkiye;Turkiye|Turkish
TT|Trinidad and Tobago;Trinidad|Trinidadian
TV|Tuvalu|
TW|Taiwan|Taiwanese
TZ|Tanzania|Tanzanian
UA|Ukraine|Ukrainian
UG|Uganda|Ugandan
UM|United States Minor Outlying Islands|
US|United States;United States of America;USA;U.S.;U.S.A.;US;America|American
UY|Uruguay|Uruguayan
UZ|Uzbekistan|Uzbek
VA|Vatican City;Holy See;Vatican|
VC|Saint Vincent and the Grenadines|
VE|Venezuela|Venezuelan
VG|British Virgin Islands|
VI|U.S. Virgin Islands;US Virgin Islands|
VN|Vietnam;Viet Nam|Vietnamese
VU|Vanuatu|
WF|Wallis and Futuna|
WS|Samoa|Samoan
YE|Yemen|Yemeni
YT|Mayotte|
ZA|South Africa|South African
ZM|Zambia|Zambian
ZW|Zimbabwe|Zimbabwean
`;

/** One ISO 3166-1 country with the names and demonyms news uses for it. */
export interface Country {
  code: string;
  names: string[];
  demonyms: string[];
}

// "Canadian" → "Canadians", "Israeli" → "Israelis"; "Swiss", "Chinese", "Polish" have no plural of their own.
const plural = (d: string) => (/[ni]$/.test(d) ? [d, `${d}s`] : [d]);

/** Every ISO 3166-1 country, in code order. */
export const COUNTRIES: readonly Country[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [code, names, demonyms] = line.split("|");
    const list = (s: string | undefined) => (s ? s.split(";").filter(Boolean) : []);
    return { code: code!, names: list(names), demonyms: list(demonyms).flatMap(plural) };
  });

/** Country name or demonym → alpha-2 code. */
export const COUNTRY_CUES: Readonly<Record<string, string>> = Object.fromEntries(
  COUNTRIES.flatMap((c) => [...c.names, ...c.demonyms].map((n) => [n, c.code] as const)),
);

/** Every country name and demonym, for telling a place word from a name. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(Object.keys(COUNTRY_CUES));

const BY_CODE: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.code, c]));

/** The name the product shows for an alpha-2 code (any case): "GB" → "United Kingdom"; null for no country. */
export function countryNameOf(code: string): string | null {
  return BY_CODE.get(code.toUpperCase())?.names[0] ?? null;
}

// English puts "the" before plural names and before names built on a common noun ("the United Kingdom",
// "the Czech Republic", "the Cayman Islands", "the Netherlands").
const TAKES_THE =
  /^(?:United|Republic|Democratic|Central African|Dominican|Czech|Holy|Netherlands$|Philippines$|Bahamas$|Maldives$|Gambia$|Comoros$|Seychelles$)|Islands$/;

/** A country as a sentence says it ("in the United Kingdom", "in Kenya"); the code itself when unknown. */
export function countryInSentence(code: string): string {
  const name = countryNameOf(code);
  if (!name) return code.toUpperCase();
  return TAKES_THE.test(name) ? `the ${name}` : name;
}
