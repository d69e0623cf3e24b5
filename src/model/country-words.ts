// Country names and the words people type for them. The names are the English short names of ISO 3166-1
// alpha-2 codes (as CLDR gives them); PLACE_WORDS adds the everyday names, demonyms and parts of a country
// that news and readers use ("UK", "British", "Scotland"), which the victim's country stands for in search.

/** ISO 3166-1 alpha-2 code → English short name. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  AD: "Andorra", AE: "United Arab Emirates", AF: "Afghanistan", AG: "Antigua & Barbuda", AI: "Anguilla", AL: "Albania",
  AM: "Armenia", AO: "Angola", AQ: "Antarctica", AR: "Argentina", AS: "American Samoa", AT: "Austria",
  AU: "Australia", AW: "Aruba", AX: "Åland Islands", AZ: "Azerbaijan", BA: "Bosnia & Herzegovina", BB: "Barbados",
  BD: "Bangladesh", BE: "Belgium", BF: "Burkina Faso", BG: "Bulgaria", BH: "Bahrain", BI: "Burundi", BJ: "Benin",
  BL: "St. Barthélemy", BM: "Bermuda", BN: "Brunei", BO: "Bolivia", BQ: "Caribbean Netherlands", BR: "Brazil", BS: "Bahamas",
  BT: "Bhutan", BV: "Bouvet Island", BW: "Botswana", BY: "Belarus", BZ: "Belize", CA: "Canada",
  CC: "Cocos (Keeling) Islands", CD: "Congo - Kinshasa", CF: "Central African Republic", CG: "Congo - Brazzaville",
  CH: "Switzerland", CI: "Côte d’Ivoire", CK: "Cook Islands", CL: "Chile", CM: "Cameroon", CN: "China", CO: "Colombia",
  CR: "Costa Rica", CU: "Cuba", CV: "Cape Verde", CW: "Curaçao", CX: "Christmas Island", CY: "Cyprus",
  CZ: "Czechia", DE: "Germany", DJ: "Djibouti", DK: "Denmark", DM: "Dominica", DO: "Dominican Republic",
  DY: "Benin", DZ: "Algeria", EC: "Ecuador", EE: "Estonia", EG: "Egypt", EH: "Western Sahara", ER: "Eritrea", ES: "Spain",
  ET: "Ethiopia", FI: "Finland", FJ: "Fiji", FK: "Falkland Islands", FM: "Micronesia", FO: "Faroe Islands", FR: "France",
  GA: "Gabon", GB: "United Kingdom", GD: "Grenada", GE: "Georgia", GF: "French Guiana", GG: "Guernsey",
  GH: "Ghana", GI: "Gibraltar", GL: "Greenland", GM: "Gambia", GN: "Guinea", GP: "Guadeloupe", GQ: "Equatorial Guinea",
  GR: "Greece", GS: "South Georgia & South Sandwich Islands", GT: "Guatemala", GU: "Guam", GW: "Guinea-Bissau", GY: "Guyana",
  HK: "Hong Kong SAR China", HM: "Heard & McDonald Islands", HN: "Honduras", HR: "Croatia", HT: "Haiti", HU: "Hungary",
  HV: "Burkina Faso", ID: "Indonesia", IE: "Ireland", IL: "Israel", IM: "Isle of Man", IN: "India",
  IO: "British Indian Ocean Territory", IQ: "Iraq", IR: "Iran", IS: "Iceland", IT: "Italy", JE: "Jersey", JM: "Jamaica",
  JO: "Jordan", JP: "Japan", KE: "Kenya", KG: "Kyrgyzstan", KH: "Cambodia", KI: "Kiribati", KM: "Comoros",
  KN: "St. Kitts & Nevis", KP: "North Korea", KR: "South Korea", KW: "Kuwait", KY: "Cayman Islands", KZ: "Kazakhstan",
  LA: "Laos", LB: "Lebanon", LC: "St. Lucia", LI: "Liechtenstein", LK: "Sri Lanka", LR: "Liberia", LS: "Lesotho",
  LT: "Lithuania", LU: "Luxembourg", LV: "Latvia", LY: "Libya", MA: "Morocco", MC: "Monaco", MD: "Moldova", ME: "Montenegro",
  MF: "St. Martin", MG: "Madagascar", MH: "Marshall Islands", MK: "North Macedonia", ML: "Mali", MM: "Myanmar (Burma)",
  MN: "Mongolia", MO: "Macao SAR China", MP: "Northern Mariana Islands", MQ: "Martinique", MR: "Mauritania", MS: "Montserrat",
  MT: "Malta", MU: "Mauritius", MV: "Maldives", MW: "Malawi", MX: "Mexico", MY: "Malaysia", MZ: "Mozambique", NA: "Namibia",
  NC: "New Caledonia", NE: "Niger", NF: "Norfolk Island", NG: "Nigeria", NH: "Vanuatu", NI: "Nicaragua", NL: "Netherlands",
  NO: "Norway", NP: "Nepal", NR: "Nauru", NU: "Niue", NZ: "New Zealand", OM: "Oman", PA: "Panama", PE: "Peru",
  PF: "French Polynesia", PG: "Papua New Guinea", PH: "Philippines", PK: "Pakistan", PL: "Poland", PM: "St. Pierre & Miquelon",
  PN: "Pitcairn Islands", PR: "Puerto Rico", PS: "Palestinian Territories", PT: "Portugal", PW: "Palau", PY: "Paraguay",
  QA: "Qatar", RE: "Réunion", RH: "Zimbabwe", RO: "Romania", RS: "Serbia", RU: "Russia", RW: "Rwanda", SA: "Saudi Arabia",
  SB: "Solomon Islands", SC: "Seychelles", SD: "Sudan", SE: "Sweden", SG: "Singapore", SH: "St. Helena", SI: "Slovenia",
  SJ: "Svalbard & Jan Mayen", SK: "Slovakia", SL: "Sierra Leone", SM: "San Marino", SN: "Senegal", SO: "Somalia", SR: "Suriname",
  SS: "South Sudan", ST: "São Tomé & Príncipe", SV: "El Salvador", SX: "Sint Maarten", SY: "Syria", SZ: "Eswatini",
  TC: "Turks & Caicos Islands", TD: "Chad", TF: "French Southern Territories", TG: "Togo", TH: "Thailand", TJ: "Tajikistan",
  TK: "Tokelau", TL: "Timor-Leste", TM: "Turkmenistan", TN: "Tunisia", TO: "Tonga", TR: "Türkiye",
  TT: "Trinidad & Tobago", TV: "Tuvalu", TW: "Taiwan", TZ: "Tanzania", UA: "Ukraine", UG: "Uganda",
  UM: "U.S. Outlying Islands", US: "United States", UY: "Uruguay", UZ: "Uzbekistan", VA: "Vatican City",
  VC: "St. Vincent & Grenadines", VD: "Vietnam", VE: "Venezuela", VG: "British Virgin Islands", VI: "U.S. Virgin Islands",
  VN: "Vietnam", VU: "Vanuatu", WF: "Wallis & Futuna", WS: "Samoa", YE: "Yemen", YT: "Mayotte",
  ZA: "South Africa", ZM: "Zambia", ZW: "Zimbabwe",
};

/**
 * Words and phrases people type for a country, lower-case, besides its name. Codes that are also common
 * English words ("in", "it", "no", "de") are left out; "gb" and "tb" are data units in this news, so
 * "gb" means the country only where it is not a unit (see query-syntax.ts) and "tb" is no country.
 */
const PLACE_WORDS: Readonly<Record<string, string>> = {
  uk: "GB", "u.k.": "GB", gb: "GB", britain: "GB", "great britain": "GB", british: "GB", brit: "GB", brits: "GB",
  england: "GB", english: "GB", scotland: "GB", scottish: "GB", scots: "GB", wales: "GB", welsh: "GB",
  "northern ireland": "GB", nhs: "GB",
  us: "US", "u.s.": "US", usa: "US", "u.s.a.": "US", america: "US", american: "US", americans: "US", "united states of america": "US",
  irish: "IE", "republic of ireland": "IE", eire: "IE",
  german: "DE", french: "FR", canadian: "CA", australian: "AU", "new zealander": "NZ", nz: "NZ", kiwi: "NZ",
  dutch: "NL", holland: "NL", "the netherlands": "NL", belgian: "BE", swiss: "CH", austrian: "AT", italian: "IT",
  spanish: "ES", portuguese: "PT", swedish: "SE", norwegian: "NO", danish: "DK", finnish: "FI", icelandic: "IS",
  polish: "PL", czech: "CZ", slovak: "SK", hungarian: "HU", romanian: "RO", bulgarian: "BG", greek: "GR",
  croatian: "HR", slovenian: "SI", estonian: "EE", latvian: "LV", lithuanian: "LT", ukrainian: "UA",
  turkish: "TR", israeli: "IL", emirati: "AE", uae: "AE", saudi: "SA", "saudi arabia": "SA", indian: "IN",
  pakistani: "PK", singaporean: "SG", malaysian: "MY", indonesian: "ID", filipino: "PH", thai: "TH",
  vietnamese: "VN", japanese: "JP", "south korea": "KR", "south korean": "KR", taiwanese: "TW",
  brazilian: "BR", mexican: "MX", argentinian: "AR", argentine: "AR", chilean: "CL", colombian: "CO", peruvian: "PE",
  "south african": "ZA", nigerian: "NG", kenyan: "KE", egyptian: "EG", moroccan: "MA",
};

/** Folds a typed place for lookup: lower case, no diacritics, single spaces, "&" as "and". */
export function foldPlace(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/\s+/g, " ")
    .trim();
}

let byWord: Map<string, string> | null = null;

/** Every name and place word, folded, → code. */
function placeIndex(): Map<string, string> {
  if (byWord) return byWord;
  byWord = new Map();
  for (const [code, name] of Object.entries(COUNTRY_NAMES)) byWord.set(foldPlace(name), code);
  for (const [word, code] of Object.entries(PLACE_WORDS)) byWord.set(foldPlace(word), code);
  return byWord;
}

/** The country a typed word or phrase names ("Scottish" → GB, "United Kingdom" → GB), or null. */
export function countryOfPlace(text: string): string | null {
  return placeIndex().get(foldPlace(text)) ?? null;
}

/** Longest place phrase, in words, so a query scanner knows how far to look ahead. */
export function longestPlaceWords(): number {
  let most = 1;
  for (const key of placeIndex().keys()) most = Math.max(most, key.split(" ").length);
  return most;
}

/** Every folded place word of one word (no spaces), for typo matching. */
export function singlePlaceWords(): string[] {
  return [...placeIndex().keys()].filter((k) => !k.includes(" "));
}

/**
 * A `country=` value as an ISO code: the code itself (any case), "UK", or a name or demonym
 * ("United Kingdom", "british"). Null when it names no country, so the edge can refuse it.
 */
export function parseCountry(value: string): string | null {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && COUNTRY_NAMES[upper]) return upper;
  return countryOfPlace(value);
}
