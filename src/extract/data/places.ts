// Place cues for the victim's country: name or phrase → ISO 3166-1 alpha-2.
// Sources: every ISO 3166-1 country with its names and demonyms (countries.ts); US states and AP abbreviations, Canadian
// provinces and territories, Australian states and territories, UK nations and counties, French régions, German Länder;
// large cities of the countries whose health sectors English-language news covers; bodies that belong to one country.
import { COUNTRY_CUES } from "./countries";

/** Regions inside one country: states, provinces, counties, régions. */
const REGION_CUES: Record<string, string> = {
  Alabama: "US", Alaska: "US", Arizona: "US", Arkansas: "US", California: "US", Colorado: "US", Connecticut: "US", Delaware: "US",
  Florida: "US", Georgia: "US", Hawaii: "US", Idaho: "US", Illinois: "US", Indiana: "US", Iowa: "US", Kansas: "US", Kentucky: "US",
  Louisiana: "US", Maine: "US", Maryland: "US", Massachusetts: "US", Michigan: "US", Minnesota: "US", Mississippi: "US", Missouri: "US",
  Montana: "US", Nebraska: "US", Nevada: "US", "New Hampshire": "US", "New Jersey": "US", "New Mexico": "US", "New York": "US",
  "North Carolina": "US", "North Dakota": "US", Ohio: "US", Oklahoma: "US", Oregon: "US", Pennsylvania: "US", "Rhode Island": "US",
  "South Carolina": "US", "South Dakota": "US", Tennessee: "US", Texas: "US", Utah: "US", Vermont: "US", Virginia: "US",
  Washington: "US", "West Virginia": "US", Wisconsin: "US", Wyoming: "US", "D.C.": "US", "District of Columbia": "US",
  "New England": "US", "New Britain": "US",
  "Ala.": "US", "Ariz.": "US", "Ark.": "US", "Calif.": "US", "Colo.": "US", "Conn.": "US", "Del.": "US", "Fla.": "US", "Ga.": "US",
  "Ill.": "US", "Ind.": "US", "Kan.": "US", "Ky.": "US", "La.": "US", "Md.": "US", "Mass.": "US", "Mich.": "US", "Minn.": "US",
  "Miss.": "US", "Mo.": "US", "Mont.": "US", "Neb.": "US", "Nev.": "US", "N.H.": "US", "N.J.": "US", "N.M.": "US", "N.Y.": "US",
  "N.C.": "US", "N.D.": "US", "Okla.": "US", "Ore.": "US", "Pa.": "US", "R.I.": "US", "S.C.": "US", "S.D.": "US", "Tenn.": "US",
  "Tex.": "US", "Va.": "US", "Vt.": "US", "Wash.": "US", "W.Va.": "US", "Wis.": "US", "Wyo.": "US",
  Yorkshire: "GB", Kent: "GB", Wirral: "GB", Cheshire: "GB", Dumfries: "GB", Galloway: "GB", Merseyside: "GB", Surrey: "GB",
  Sussex: "GB", Devon: "GB", Cornwall: "GB", Lancashire: "GB", Hampshire: "GB",
  Ontario: "CA", Quebec: "CA", "Québec": "CA", "British Columbia": "CA", "B.C.": "CA", Alberta: "CA", Manitoba: "CA",
  Saskatchewan: "CA", "Nova Scotia": "CA", "New Brunswick": "CA", Newfoundland: "CA", Labrador: "CA", "Prince Edward Island": "CA",
  Yukon: "CA", Nunavut: "CA", "Northwest Territories": "CA",
  "New South Wales": "AU", Queensland: "AU", "South Australia": "AU", "Western Australia": "AU", Tasmania: "AU",
  "Northern Territory": "AU", "Australian Capital Territory": "AU", Waikato: "NZ",
  Essonne: "FR", Normandie: "FR", Normandy: "FR", Bretagne: "FR", Brittany: "FR", "Île-de-France": "FR", Occitanie: "FR",
  Bavaria: "DE", Westphalia: "DE", "North Rhine-Westphalia": "DE", Saxony: "DE", Hesse: "DE", "Baden-Württemberg": "DE",
  Lombardy: "IT", Lazio: "IT", Abruzzo: "IT", Tuscany: "IT", Campania: "IT", Sicily: "IT", Sardinia: "IT", Veneto: "IT",
  Piedmont: "IT", "Emilia-Romagna": "IT", Apulia: "IT", Puglia: "IT", Calabria: "IT", Liguria: "IT", Umbria: "IT",
  Catalonia: "ES", Andalusia: "ES", "Basque Country": "ES", Flanders: "BE", Wallonia: "BE",
};

/** Cities: a city word opening a company name ("Paris Pharmacy Group") does not place the company. */
export const CITY_CUES: Record<string, string> = {
  Chicago: "US", Houston: "US", Phoenix: "US", Philadelphia: "US", "San Antonio": "US", "San Diego": "US", Dallas: "US",
  "San Jose": "US", Jacksonville: "US", Columbus: "US", Indianapolis: "US", Seattle: "US", "Jersey City": "US",
  Denver: "US", Boston: "US", Nashville: "US", Detroit: "US", Memphis: "US", Louisville: "US", Baltimore: "US", Milwaukee: "US",
  Albuquerque: "US", Tucson: "US", Fresno: "US", Sacramento: "US", Atlanta: "US", Miami: "US", Tampa: "US", Orlando: "US",
  Cleveland: "US", Pittsburgh: "US", Cincinnati: "US", Minneapolis: "US", "St. Louis": "US", "Kansas City": "US", "New Orleans": "US",
  "Las Vegas": "US", "Los Angeles": "US", "San Francisco": "US", Portland: "US", "Salt Lake City": "US", Omaha: "US", Tulsa: "US",
  Chattanooga: "US", Knoxville: "US", Trenton: "US", Newark: "US", Buffalo: "US", Rochester: "US", Albany: "US",
  Raleigh: "US", "Ann Arbor": "US", Marietta: "US", Macon: "US", Savannah: "US", Honolulu: "US", Anchorage: "US",
  Boise: "US", "Des Moines": "US", "Little Rock": "US", "Oklahoma City": "US", Lexington: "US",
  London: "GB", Manchester: "GB", Birmingham: "GB", Leeds: "GB", Liverpool: "GB", Sheffield: "GB", Bristol: "GB", Newcastle: "GB",
  Nottingham: "GB", Leicester: "GB", Glasgow: "GB", Edinburgh: "GB", Cardiff: "GB", Belfast: "GB", Cambridge: "GB", Oxford: "GB",
  Dublin: "IE", Cork: "IE",
  Toronto: "CA", Montreal: "CA", "Montréal": "CA", Vancouver: "CA", Calgary: "CA", Edmonton: "CA", Ottawa: "CA", Winnipeg: "CA",
  Sarnia: "CA", Leamington: "CA", Halifax: "CA", Saskatoon: "CA",
  Sydney: "AU", Melbourne: "AU", Brisbane: "AU", Perth: "AU", Adelaide: "AU", Canberra: "AU",
  Auckland: "NZ", Wellington: "NZ",
  Paris: "FR", Lyon: "FR", Marseille: "FR", Cannes: "FR", Toulouse: "FR", Bordeaux: "FR", Lille: "FR", Rennes: "FR",
  Strasbourg: "FR", Brest: "FR", Corbeil: "FR", "Corbeil-Essonnes": "FR", Armentières: "FR", Villefranche: "FR",
  Berlin: "DE", Munich: "DE", Hamburg: "DE", Cologne: "DE", Frankfurt: "DE", Düsseldorf: "DE", Bielefeld: "DE", Herford: "DE",
  Amsterdam: "NL", Rotterdam: "NL", Groningen: "NL", Utrecht: "NL", "The Hague": "NL", Brussels: "BE", Madrid: "ES",
  Barcelona: "ES", Rome: "IT", Milan: "IT", Brno: "CZ", Delhi: "IN", "New Delhi": "IN", Mumbai: "IN", Bengaluru: "IN",
  Bangalore: "IN", Chennai: "IN",
  // Capitals and large cities elsewhere (names shared with US towns or given names, such as Athens or Sofia, left out)
  "Mexico City": "MX", Guadalajara: "MX", Monterrey: "MX", Havana: "CU", "Panama City": "PA", Bogotá: "CO", Bogota: "CO",
  Medellín: "CO", Caracas: "VE", Quito: "EC", Lima: "PE", "La Paz": "BO", Santiago: "CL", "Buenos Aires": "AR", Montevideo: "UY",
  Asunción: "PY", Brasília: "BR", "São Paulo": "BR", "Sao Paulo": "BR", "Rio de Janeiro": "BR", "Belo Horizonte": "BR",
  Lisbon: "PT", Porto: "PT", Seville: "ES", Valencia: "ES", Bilbao: "ES", Málaga: "ES", Nantes: "FR", Montpellier: "FR",
  Vienna: "AT", Graz: "AT", Salzburg: "AT", Prague: "CZ", Warsaw: "PL", Kraków: "PL", Krakow: "PL", Gdańsk: "PL", Wrocław: "PL",
  Budapest: "HU", Bucharest: "RO", Belgrade: "RS", Zagreb: "HR", Ljubljana: "SI", Bratislava: "SK", Tallinn: "EE", Riga: "LV",
  Vilnius: "LT", Helsinki: "FI", Espoo: "FI", Tampere: "FI", Stockholm: "SE", Gothenburg: "SE", Malmö: "SE", Oslo: "NO",
  Bergen: "NO", Copenhagen: "DK", Aarhus: "DK", Odense: "DK", Reykjavik: "IS", Bern: "CH", Geneva: "CH", Zurich: "CH",
  Zürich: "CH", Basel: "CH", Lausanne: "CH", Antwerp: "BE", Ghent: "BE", Liège: "BE", Eindhoven: "NL", Stuttgart: "DE",
  Leipzig: "DE", Dresden: "DE", Hanover: "DE", Hannover: "DE", Nuremberg: "DE", Essen: "DE", Dortmund: "DE", Bonn: "DE",
  Kyiv: "UA", Kiev: "UA", Lviv: "UA", Kharkiv: "UA", Minsk: "BY", Moscow: "RU", Chisinau: "MD", Skopje: "MK", Tirana: "AL",
  Sarajevo: "BA", Podgorica: "ME", Nicosia: "CY", Valletta: "MT", Ankara: "TR", Istanbul: "TR", Izmir: "TR", "Tel Aviv": "IL",
  Jerusalem: "IL", Haifa: "IL", Amman: "JO", Beirut: "LB", Damascus: "SY", Baghdad: "IQ", Tehran: "IR", Riyadh: "SA",
  Jeddah: "SA", Dubai: "AE", "Abu Dhabi": "AE", Doha: "QA", "Kuwait City": "KW", Muscat: "OM", Manama: "BH", Cairo: "EG",
  Alexandria: "EG", Tunis: "TN", Algiers: "DZ", Rabat: "MA", Casablanca: "MA", Khartoum: "SD", "Addis Ababa": "ET", Nairobi: "KE",
  Mombasa: "KE", Kampala: "UG", Kigali: "RW", "Dar es Salaam": "TZ", Lusaka: "ZM", Harare: "ZW", Johannesburg: "ZA",
  "Cape Town": "ZA", Pretoria: "ZA", Durban: "ZA", Lagos: "NG", Abuja: "NG", Accra: "GH", Dakar: "SN", Luanda: "AO",
  Maputo: "MZ", Windhoek: "NA", Gaborone: "BW", Karachi: "PK", Lahore: "PK", Islamabad: "PK", Dhaka: "BD", Kathmandu: "NP",
  Colombo: "LK", Kolkata: "IN", Hyderabad: "IN", Pune: "IN", Ahmedabad: "IN", Kochi: "IN", Beijing: "CN", Shanghai: "CN",
  Shenzhen: "CN", Guangzhou: "CN", Tokyo: "JP", Osaka: "JP", Kyoto: "JP", Yokohama: "JP", Seoul: "KR", Busan: "KR",
  Taipei: "TW", Manila: "PH", "Quezon City": "PH", Jakarta: "ID", Surabaya: "ID", "Kuala Lumpur": "MY", Bangkok: "TH",
  Hanoi: "VN", "Ho Chi Minh City": "VN", "Phnom Penh": "KH", Yangon: "MM", Ulaanbaatar: "MN", Tashkent: "UZ", Almaty: "KZ",
  Astana: "KZ", Baku: "AZ", Yerevan: "AM", Tbilisi: "GE", Mississauga: "CA", Brampton: "CA", Hobart: "AU", Christchurch: "NZ",
  Dunedin: "NZ",
  // Italian regional capitals not listed above
  Aosta: "IT", Turin: "IT", Genoa: "IT", Trento: "IT", Venice: "IT", Trieste: "IT", Bologna: "IT", Florence: "IT",
  Perugia: "IT", Ancona: "IT", "L'Aquila": "IT", Campobasso: "IT", Naples: "IT", Bari: "IT", Potenza: "IT", Catanzaro: "IT",
  Palermo: "IT", Cagliari: "IT",
};

// Regions of several countries and names that hold a country name without naming it: no country ("" is skipped).
const NOT_ONE_COUNTRY: Record<string, string> = {
  "Latin America": "", "Latin American": "", "South America": "", "South American": "", "North America": "",
  "North American": "", "Central America": "", "Central American": "", "Native American": "", "African American": "",
};

// Bodies that belong to one country.
const INSTITUTION_CUES: Record<string, string> = {
  "Indian Health Service": "US",
  NHS: "GB", "Scotland Yard": "GB", "Metropolitan Police": "GB", "Information Commissioner": "GB",
  "Health Service Executive": "IE", HSE: "IE",
};

/** Strong cues: they name a country, a region or a city inside one country, or a body of one country. */
export const PLACE_CUES: Record<string, string> = { ...COUNTRY_CUES, ...REGION_CUES, ...CITY_CUES, ...NOT_ONE_COUNTRY, ...INSTITUTION_CUES };

/** Countries whose names and demonyms in this news mostly describe attackers ("Russian hackers", "North Korean actors"). */
export const ATTACKER_COUNTRIES: ReadonlySet<string> = new Set(["RU", "CN", "IR", "KP", "BY"]);

/** Country names that are also given names or surnames ("Jordan Smith", "Chad Brown"): a capitalised word after them is a name. */
export const PERSON_LIKE: ReadonlySet<string> = new Set(["Jordan", "Chad", "Jersey", "Niger"]);

/** Weak cues: institutions or legal terms that point to a country when nothing names a place. */
export const WEAK_PLACE_CUES: Record<string, string> = {
  HIPAA: "US",
  "Social Security number": "US",
  "Social Security numbers": "US",
  HHS: "US",
  "Office for Civil Rights": "US",
  "Office of Civil Rights": "US",
  Medicaid: "US",
  "attorney general": "US",
  "Attorney General": "US",
  FBI: "US",
  CISA: "US",
  "Information Commissioner's Office": "GB",
  ICO: "GB",
  NCSC: "GB",
  ANSSI: "FR",
  CNIL: "FR",
  BSI: "DE",
  "Securities and Exchange Commission": "US",
  SEC: "US",
  "8-K": "US",
  lakh: "IN",
  crore: "IN",
  "CERT-In": "IN",
  OAIC: "AU",
  Garante: "IT",
  ASL: "IT",
  Azienda: "IT",
  CHU: "FR",
  "Centre hospitalier": "FR",
  Klinikum: "DE",
  Universitätsklinikum: "DE",
};

/** US postal codes, counted only in "City, ST" position. */
export const US_POSTAL = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split(" "),
);
