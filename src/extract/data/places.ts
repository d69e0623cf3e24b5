// Place cues for the victim's country: name or phrase → ISO 3166-1 alpha-2, with a weight.
// Sources: ISO 3166 country names, US states and AP abbreviations, Canadian provinces, Australian states,
// French régions and large cities, and large cities of the countries whose health sectors English-language news covers.
// Attacker nationalities (Russia, China, Iran, North Korea) are left out on purpose: in this news they name the attacker.

/** Strong cues: they name a country, a region or a city inside one country. */
export const PLACE_CUES: Record<string, string> = {
  // United States
  "United States": "US", "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", America: "US", American: "US", Americans: "US",
  Alabama: "US", Alaska: "US", Arizona: "US", Arkansas: "US", California: "US", Colorado: "US", Connecticut: "US", Delaware: "US",
  Florida: "US", Georgia: "US", Hawaii: "US", Idaho: "US", Illinois: "US", Indiana: "US", Iowa: "US", Kansas: "US", Kentucky: "US",
  Louisiana: "US", Maine: "US", Maryland: "US", Massachusetts: "US", Michigan: "US", Minnesota: "US", Mississippi: "US", Missouri: "US",
  Montana: "US", Nebraska: "US", Nevada: "US", "New Hampshire": "US", "New Jersey": "US", "New Mexico": "US", "New York": "US",
  "North Carolina": "US", "North Dakota": "US", Ohio: "US", Oklahoma: "US", Oregon: "US", Pennsylvania: "US", "Rhode Island": "US",
  "South Carolina": "US", "South Dakota": "US", Tennessee: "US", Texas: "US", Utah: "US", Vermont: "US", Virginia: "US",
  Washington: "US", "West Virginia": "US", Wisconsin: "US", Wyoming: "US", "Puerto Rico": "US", "D.C.": "US",
  "Ala.": "US", "Ariz.": "US", "Ark.": "US", "Calif.": "US", "Colo.": "US", "Conn.": "US", "Del.": "US", "Fla.": "US", "Ga.": "US",
  "Ill.": "US", "Ind.": "US", "Kan.": "US", "Ky.": "US", "La.": "US", "Md.": "US", "Mass.": "US", "Mich.": "US", "Minn.": "US",
  "Miss.": "US", "Mo.": "US", "Mont.": "US", "Neb.": "US", "Nev.": "US", "N.H.": "US", "N.J.": "US", "N.M.": "US", "N.Y.": "US",
  "N.C.": "US", "N.D.": "US", "Okla.": "US", "Ore.": "US", "Pa.": "US", "R.I.": "US", "S.C.": "US", "S.D.": "US", "Tenn.": "US",
  "Tex.": "US", "Va.": "US", "Vt.": "US", "Wash.": "US", "W.Va.": "US", "Wis.": "US", "Wyo.": "US",
  Chicago: "US", Houston: "US", Phoenix: "US", Philadelphia: "US", "San Antonio": "US", "San Diego": "US", Dallas: "US",
  "San Jose": "US", Jacksonville: "US", Columbus: "US", Indianapolis: "US", Seattle: "US",
  Denver: "US", Boston: "US", Nashville: "US", Detroit: "US", Memphis: "US", Louisville: "US", Baltimore: "US", Milwaukee: "US",
  Albuquerque: "US", Tucson: "US", Fresno: "US", Sacramento: "US", Atlanta: "US", Miami: "US", Tampa: "US", Orlando: "US",
  Cleveland: "US", Pittsburgh: "US", Cincinnati: "US", Minneapolis: "US", "St. Louis": "US", "Kansas City": "US", "New Orleans": "US",
  "Las Vegas": "US", "Los Angeles": "US", "San Francisco": "US", Portland: "US", "Salt Lake City": "US", Omaha: "US", Tulsa: "US",
  Chattanooga: "US", Knoxville: "US", Trenton: "US", Newark: "US", Buffalo: "US", Rochester: "US", Albany: "US", 
  Raleigh: "US", "Ann Arbor": "US", Marietta: "US", Macon: "US", Savannah: "US", Honolulu: "US", Anchorage: "US",
  Boise: "US", "Des Moines": "US", "Little Rock": "US", "Oklahoma City": "US", Lexington: "US",
  // United Kingdom
  "United Kingdom": "GB", "U.K.": "GB", UK: "GB", Britain: "GB", "Great Britain": "GB", British: "GB", England: "GB",
  Scotland: "GB", Scottish: "GB", Wales: "GB", Welsh: "GB", "Northern Ireland": "GB", NHS: "GB", "Scotland Yard": "GB",
  "Metropolitan Police": "GB", "Information Commissioner": "GB", London: "GB", Manchester: "GB", Birmingham: "GB", Leeds: "GB",
  Liverpool: "GB", Sheffield: "GB", Bristol: "GB", Newcastle: "GB", Nottingham: "GB", Leicester: "GB", Glasgow: "GB", Edinburgh: "GB",
  Cardiff: "GB", Belfast: "GB", Yorkshire: "GB", Kent: "GB", Cambridge: "GB", Oxford: "GB", Wirral: "GB", Cheshire: "GB",
  Dumfries: "GB", Galloway: "GB", Merseyside: "GB", Surrey: "GB", Sussex: "GB", Devon: "GB", Cornwall: "GB",
  // Ireland
  Ireland: "IE", Irish: "IE", Dublin: "IE", Cork: "IE", "Health Service Executive": "IE", HSE: "IE",
  // Canada
  Canada: "CA", Canadian: "CA", Ontario: "CA", Quebec: "CA", "Québec": "CA", "British Columbia": "CA", Alberta: "CA",
  Manitoba: "CA", Saskatchewan: "CA", "Nova Scotia": "CA", "New Brunswick": "CA", Newfoundland: "CA", "Prince Edward Island": "CA",
  Toronto: "CA", Montreal: "CA", "Montréal": "CA", Vancouver: "CA", Calgary: "CA", Edmonton: "CA", Ottawa: "CA", Winnipeg: "CA",
  Sarnia: "CA", Leamington: "CA", Halifax: "CA", Saskatoon: "CA",
  // Australia and New Zealand
  Australia: "AU", Australian: "AU", Australians: "AU", "New South Wales": "AU", Queensland: "AU",
  "South Australia": "AU", "Western Australia": "AU", Tasmania: "AU", Sydney: "AU", Melbourne: "AU", Brisbane: "AU", Perth: "AU",
  Adelaide: "AU", Canberra: "AU", "New Zealand": "NZ", Auckland: "NZ", Wellington: "NZ", Waikato: "NZ",
  // Europe
  France: "FR", French: "FR", Paris: "FR", Lyon: "FR", Marseille: "FR", Cannes: "FR", Toulouse: "FR", Bordeaux: "FR",
  Lille: "FR", Rennes: "FR", Strasbourg: "FR", Brest: "FR", Corbeil: "FR", "Corbeil-Essonnes": "FR", Essonne: "FR", Armentières: "FR",
  Villefranche: "FR", Normandie: "FR", Normandy: "FR", Bretagne: "FR", Brittany: "FR", "Île-de-France": "FR", Occitanie: "FR",
  Germany: "DE", German: "DE", Berlin: "DE", Munich: "DE", Hamburg: "DE", Cologne: "DE", Frankfurt: "DE", Düsseldorf: "DE",
  Bielefeld: "DE", Herford: "DE", Bavaria: "DE", Westphalia: "DE",
  Netherlands: "NL", Dutch: "NL", Amsterdam: "NL", Rotterdam: "NL", Groningen: "NL", Utrecht: "NL", "The Hague": "NL",
  Belgium: "BE", Belgian: "BE", Brussels: "BE", Spain: "ES", Spanish: "ES", Madrid: "ES", Barcelona: "ES", Italy: "IT",
  Italian: "IT", Rome: "IT", Milan: "IT", Portugal: "PT", Portuguese: "PT", Switzerland: "CH", Swiss: "CH", Austria: "AT",
  Austrian: "AT", Sweden: "SE", Swedish: "SE", Norway: "NO", Norwegian: "NO", Denmark: "DK", Danish: "DK", Finland: "FI",
  Finnish: "FI", Poland: "PL", Polish: "PL", Czech: "CZ", "Czech Republic": "CZ", Brno: "CZ", Romania: "RO", Romanian: "RO",
  Greece: "GR", Greek: "GR", Croatia: "HR", Hungary: "HU", Ukraine: "UA", Ukrainian: "UA",
  // Elsewhere
  India: "IN", Indian: "IN", Delhi: "IN", "New Delhi": "IN", Mumbai: "IN", Bengaluru: "IN", Bangalore: "IN", Chennai: "IN",
  Israel: "IL", Israeli: "IL", Japan: "JP", Japanese: "JP", Singapore: "SG", Singaporean: "SG", Malaysia: "MY", Indonesia: "ID",
  Indonesian: "ID", Philippines: "PH", Thailand: "TH", Taiwan: "TW", "South Korea": "KR", "Hong Kong": "HK", Brazil: "BR",
  Brazilian: "BR", Mexico: "MX", Mexican: "MX", Argentina: "AR", Chile: "CL", Colombia: "CO", "South Africa": "ZA",
  Nigeria: "NG", Kenya: "KE", Egypt: "EG", "United Arab Emirates": "AE", UAE: "AE", "Saudi Arabia": "SA", Turkey: "TR",
};

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
};

/** US postal codes, counted only in "City, ST" position. */
export const US_POSTAL = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split(" "),
);
