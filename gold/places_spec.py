"""Place gold, as written by the annotator: which names in which articles are places, and which place.

Each article maps to rules ``(surface, referent)``. ``build_places_gold.py``
turns them into ``places-gold.jsonl`` (character offsets, country, lat/lon):
every whole-word, case-sensitive occurrence of ``surface`` in the article is
annotated with ``referent``, longer surfaces first; an occurrence overlapping
one already taken is skipped. Referents:

* ``C:XX`` the country XX at its representative point;
* ``city:Name:XX`` / ``a1:Name:XX`` / ``a2:Name:XX`` the most populous
  GeoNames city / first-level / second-level unit of that name in XX;
* ``cont:Name`` a continent; ``pt:lat,lon,XX`` a point given by hand;
* ``None``: this name is not a place here (inside an organisation's or a
  work's name, a metonym for an institution); it only blocks shorter matches.

A leading ``?`` makes the item optional (a landmark, a building, a sea).
"""

ENGLISH = {
    "polnear-train-huff-post_2016-03-10_refoulement-violates-internation": [
        ("Germany", "C:DE"), ("Turkey", "C:TR"), ("Greece", "C:GR"), ("Syria", "C:SY"),
        ("Iraq", "C:IQ"), ("Mexico", "C:MX"), ("America", "C:US"), ("Europe", "cont:Europe"),
        ("Saxony-Anhalt", "a1:Saxony-Anhalt:DE"), ("Baden-Württemberg", "a1:Baden-Wuerttemberg:DE"),
        ("Rheinland-Palatinate", "a1:Rheinland-Pfalz:DE"), ("Columbia University", None),
        ("European Union", None), ("European Parliament", None),
    ],
    "polnear-train-usa-today_2016-04-01_obama-asian-leaders-huddle-on-re": [
        ("Asia", "cont:Asia"), ("North Korea", "C:KP"), ("South Korea", "C:KR"), ("China", "C:CN"),
        ("Japan", "C:JP"), ("U.S.", "C:US"), ("South China Sea", "?pt:12.0,113.0,"),
        ("White House", None),
    ],
    "polnear-train-breitbart_2016-04-23_clinton-wades-in-urges-britain-t": [
        ("Britain", "C:GB"), ("United Kingdom", "C:GB"), ("UK", "C:GB"), ("US", "C:US"),
        ("Europe", "cont:Europe"), ("Germany", "C:DE"), ("America", "C:US"), ("Canada", "C:CA"),
        ("Israel", "C:IL"), ("France", "C:FR"), ("United States", "C:US"),
        ("UK Independence Party", None), ("Breitbart London", None), ("White House", None),
        ("Number 10 Downing Street", "?pt:51.5034,-0.1276,GB"), ("Oval Office", None),
        ("European Union", None),
    ],
    "polnear-train-west-journal_2016-08-18_biden-aims-insult-at-trump-slams": [
        ("Japan", "C:JP"), ("America", "C:US"), ("North Korea", "C:KP"), ("U.S.", "C:US"),
        ("United States", "C:US"), ("Pennsylvania", "a1:Pennsylvania:US"),
    ],
    "polnear-train-huff-post_2016-05-16_trump-says-he-s-unlikely-to-have": [
        ("LONDON", "city:London:GB"), ("London", "city:London:GB"), ("U.S.", "C:US"),
        ("United States", "C:US"), ("Britain", "C:GB"), ("New York", "city:New York City:US"),
        ("Washington", "city:Washington:US"), ("Russia", "C:RU"), ("Berlin", "city:Berlin:DE"),
        ("Paris", "city:Paris:FR"), ("Germany", "C:DE"), ("France", "C:FR"),
    ],
    "polnear-train-wash-post_2016-08-10_philippine-lawmaker-wants-trump-": [
        ("Philippines", "C:PH"), ("United States", "C:US"), ("Trump Tower Manila", None),
        ("Manila", "city:Manila:PH"), ("Portland", "city:Portland:US:ME"), ("Maine", "a1:Maine:US"),
        ("Albay", "pt:13.17,123.53,PH"), ("U.S.", "C:US"), ("Britain", "C:GB"),
        ("Scotland", "a1:Scotland:GB"), ("Philippine Star", None), ("East", None),
    ],
    "polnear-train-usa-today_2016-03-22_clinton-trump-s-view-of-the-worl": [
        ("U.S.", "C:US"), ("Middle East", "pt:29.0,41.0,"), ("America", "C:US"),
        ("Israel", "C:IL"), ("Washington", "city:Washington:US"), ("Iraq", "C:IQ"),
        ("Vermont", "a1:Vermont:US"), ("Iran", "C:IR"), ("Las Vegas", "city:Las Vegas:US"),
        ("Palestine", "C:PS"), ("American Israel Public Affairs Committee", None),
    ],
    "polnear-train-nyt_2015-11-16_social-sites-overflow-when-crisi": [
        ("Paris", "city:Paris:FR"), ("France", "C:FR"), ("United States", "C:US"),
    ],
    "polnear-train-breitbart_2015-11-19_hillary-clinton-calls-on-u-s-to-": [
        ("U.S.", "C:US"), ("NEW YORK", "city:New York City:US"),
        ("New York City", "city:New York City:US"), ("United States", "C:US"), ("Syria", "C:SY"),
        ("Iraq", "C:IQ"), ("America", "C:US"), ("Middle East", "pt:29.0,41.0,"),
        ("Europe", "cont:Europe"), ("France", "C:FR"), ("Islamic State", None),
        ("Council of Foreign Relations", None),
    ],
    "polnear-train-politico_2016-06-01_pga-tour-ditches-trump-golf-cour": [
        ("Mexico City", "city:Mexico City:MX"), ("Mexico", "C:MX"),
        ("Trump National Doral Resort Miami", None), ("Miami Herald", None),
        ("Miami", "city:Miami:US"), ("Doral", "?city:Doral:US"),
    ],
    "polnear-train-breitbart_2015-12-04_bellwether-county-says-trump-sho": [
        ("Vigo County", "a2:Vigo County:US"), ("Indiana", "a1:Indiana:US"),
        ("Terre Haute", "city:Terre Haute:US"), ("U.S.", "C:US"), ("China", "C:CN"),
        ("Japan", "C:JP"), ("Crossroads of America", None), ("Bellwether County", None),
        ("Vigo County Voter Registration Office", None),
    ],
    "polnear-train-usa-today_2016-05-11_london-s-muslim-mayor-rebuffs-tr": [
        ("London", "city:London:GB"), ("United States", "C:US"),
        ("San Bernardino", "city:San Bernardino:US"), ("Calif.", "a1:California:US"),
        ("Britain", "C:GB"), ("Tooting", "pt:51.4275,-0.1680,GB"), ("The New York Times", None),
        ("Islamic State", None),
    ],
}

FRENCH = {
    "wn-2016_05_26-005": [("France Inter", None), ("France", "C:FR")],
    "wn-2016_02_15-002": [("Syrie", "C:SY"), ("Beyrouth", "city:Beirut:LB")],
    "wn-2016_07_15-001": [("Turquie", "C:TR"), ("Istanbul", "?city:Istanbul:TR"),
                          ("Anatolie", None)],
    "wn-2016_07_26-006": [
        ("Normandie", "pt:49.1,0.3,FR"), ("Saint-Étienne-du-Rouvray", "city:Saint-Etienne-du-Rouvray:FR"),
        ("Seine-Maritime", "pt:49.66,0.94,FR"), ("Rouen", "city:Rouen:FR"),
        ("Cracovie", "city:Krakow:PL"), ("Syrie", "C:SY"), ("Vatican", "?C:VA"), ("Élysée", None),
    ],
    "wn-2017_01_28-006": [("France", "C:FR"), ("Sarthe", "pt:47.92,0.17,FR"),
                          ("Bordeaux", "city:Bordeaux:FR")],
    "wn-2017_03_25-004": [("Belgique", "C:BE"), ("Anvers", "city:Antwerpen:BE"),
                          ("Westminster", "?pt:51.4975,-0.1357,GB")],
    "gj-DZ-144": [("France", "C:FR"), ("Haute-Loire", "pt:45.09,3.83,FR"),
                  ("Arc de Triomphe", "?pt:48.8738,2.2950,FR")],
}

# Annotated later, after the rules above were tuned on the dev split, and never tuned on:
# always "heldout" (US states and towns, Libya).
ENGLISH_HELDOUT = {
    "polnear-train-breitbart_2016-08-29_trump-plans-major-ad-buy-after-w": [
        ("WASHINGTON", "city:Washington:US"), ("Ohio", "a1:Ohio:US"),
        ("Pennsylvania", "a1:Pennsylvania:US"), ("North Carolina", "a1:North Carolina:US"),
        ("Florida", "a1:Florida:US"), ("New Hampshire", "a1:New Hampshire:US"),
        ("Virginia", "a1:Virginia:US"), ("Iowa", "a1:Iowa:US"), ("Colorado", "a1:Colorado:US"),
        ("Nevada", "a1:Nevada:US"), ("America", "C:US"), ("Hamptons", "pt:40.96,-72.30,US"),
        ("Long Island", "pt:40.80,-73.00,US"), ("New York", "a1:New York:US"), ("Kantar Media", None),
    ],
    "polnear-train-usa-today_2016-01-26_candidates-fan-out-in-iowa-as-ca": [
        ("Iowa", "a1:Iowa:US"), ("Vermont", "a1:Vermont:US"), ("Maryland", "a1:Maryland:US"),
        ("Baltimore", "city:Baltimore:US"), ("Texas", "a1:Texas:US"),
        ("New York", "city:New York City:US"), ("New Hampshire", "a1:New Hampshire:US"),
        ("U.S.", "C:US"), ("Washington", "city:Washington:US"), ("America", "C:US"),
        ("Florida", "a1:Florida:US"), ("Des Moines", "city:Des Moines:US"),
        ("Manchester", "city:Manchester:US:IA"), ("Ky.", "a1:Kentucky:US"), ("Fox News", None),
    ],
    "polnear-train-west-journal_2015-12-09_the-email-that-makes-benghazi-lo": [
        ("House Select Committee on Benghazi", None), ("Benghazi", "city:Benghazi:LY"),
        ("Libya", "C:LY"), ("Tripoli", "city:Tripoli:LY"), ("U.S.", "C:US"),
    ],
    "polnear-train-politico_2016-08-26_obama-biden-to-campaign-for-clin": [
        ("Pennsylvania", "a1:Pennsylvania:US"), ("Ohio", "a1:Ohio:US"),
        ("Mahoning Valley", "pt:41.10,-80.70,US"), ("Cleveland", "city:Cleveland:US"),
        ("Scranton", "city:Scranton:US"), ("Philadelphia", "city:Philadelphia:US"),
        ("Charlotte", "city:Charlotte:US"), ("North Carolina", "a1:North Carolina:US"),
        ("Green Bay", "city:Green Bay:US"), ("Wisconsin", "a1:Wisconsin:US"),
        ("Orlando", "city:Orlando:US"), ("Florida", "a1:Florida:US"), ("Dallas", "city:Dallas:US"),
    ],
}

# Our own news paragraphs (gold/places-own-texts.jsonl, written by the annotator for this gold:
# Africa, Asia, Latin America, Europe, Oceania; regions of non-US countries, same-named places).
# Their split is fixed in that file (every other paragraph is "heldout").
OWN_ENGLISH = {
    "own-en-01": [("LAGOS", "city:Lagos:NG"), ("Kano State", "a1:Kano:NG"), ("Nigeria", "C:NG"),
                  ("Abuja", "city:Abuja:NG"), ("Kaduna", "city:Kaduna:NG"), ("Niger", "C:NE"),
                  ("Benue", "a1:Benue:NG")],
    "own-en-02": [("Kenya", "C:KE"), ("Rift Valley", "pt:0.5,36.0,KE"), ("Nakuru", "city:Nakuru:KE"),
                  ("Nairobi", "city:Nairobi:KE"), ("Baringo County", "a1:Baringo:KE"),
                  ("Interior Ministry", None), ("Mombasa", "city:Mombasa:KE"),
                  ("Tanzania", "C:TZ"), ("Uganda", "C:UG")],
    "own-en-03": [("KwaZulu-Natal", "a1:KwaZulu-Natal:ZA"), ("Durban", "city:Durban:ZA"),
                  ("South Africa", "C:ZA"), ("Pretoria", "city:Pretoria:ZA"),
                  ("Western Cape", "a1:Western Cape:ZA"), ("Cape Town", "city:Cape Town:ZA"),
                  ("Mozambique", "C:MZ")],
    "own-en-04": [("GOMA", "city:Goma:CD"), ("Democratic Republic of Congo", "C:CD"),
                  ("North Kivu", "a1:North Kivu:CD"), ("Rwanda", "C:RW"), ("DRC", "C:CD"),
                  ("Kigali", "city:Kigali:RW"), ("Luanda", "city:Luanda:AO"), ("Angola", "C:AO"),
                  ("Nairobi", "city:Nairobi:KE")],
    "own-en-05": [("Tigray", "a1:Tigray:ET"), ("Ethiopia", "C:ET"), ("Mekelle", "city:Mekele:ET"),
                  ("Addis Ababa", "city:Addis Ababa:ET"), ("Afar", "a1:Afar:ET"), ("Sudan", "C:SD"),
                  ("Eritrea", "C:ER")],
    "own-en-06": [("Punjab", "a1:Punjab:PK"), ("Pakistan", "C:PK"), ("Lahore", "city:Lahore:PK"),
                  ("Sindh", "a1:Sindh:PK"), ("India", "C:IN"), ("Rajasthan", "a1:Rajasthan:IN"),
                  ("Islamabad", "city:Islamabad:PK"), ("Karachi", "city:Karachi:PK")],
    "own-en-07": [("Kerala", "a1:Kerala:IN"), ("Kozhikode", "city:Kozhikode:IN"), ("India", "C:IN"),
                  ("New Delhi", "city:New Delhi:IN"), ("Karnataka", "a1:Karnataka:IN"),
                  ("Tamil Nadu", "a1:Tamil Nadu:IN"), ("Kochi", "city:Kochi:IN")],
    "own-en-08": [("Sulawesi", "pt:-2.0,121.0,ID"), ("Indonesia", "C:ID"),
                  ("Makassar", "city:Makassar:ID"), ("Jakarta", "city:Jakarta:ID"),
                  ("Philippines", "C:PH"), ("Mindanao", "pt:7.5,125.0,PH")],
    "own-en-09": [("Sichuan", "a1:Sichuan:CN"), ("Chengdu", "city:Chengdu:CN"),
                  ("Chongqing", "city:Chongqing:CN"), ("Beijing", "city:Beijing:CN"),
                  ("Guangdong", "a1:Guangdong:CN"), ("Zhejiang", "a1:Zhejiang:CN")],
    "own-en-10": [("Hokkaido", "a1:Hokkaido:JP"), ("Sapporo", "city:Sapporo:JP"),
                  ("Asahikawa", "city:Asahikawa:JP"), ("Japan", "C:JP"), ("Tokyo", "city:Tokyo:JP"),
                  ("Niigata", "a1:Niigata:JP"), ("Akita", "a1:Akita:JP")],
    "own-en-11": [("Rio Grande do Sul", "a1:Rio Grande do Sul:BR"), ("Guaíba", "?pt:-30.1,-51.25,BR"),
                  ("Porto Alegre", "city:Porto Alegre:BR"), ("Brasília", "city:Brasília:BR"),
                  ("Santa Catarina", "a1:Santa Catarina:BR"), ("Uruguay", "C:UY"),
                  ("Argentina", "C:AR")],
    "own-en-12": [("Culiacán", "city:Culiacán:MX"), ("Sinaloa", "a1:Sinaloa:MX"),
                  ("Jalisco", "a1:Jalisco:MX"), ("Guadalajara", "city:Guadalajara:MX"),
                  ("Mexico City", "city:Mexico City:MX"), ("US", "C:US")],
    "own-en-13": [("Colombia", "C:CO"), ("Caracas", "city:Caracas:VE"), ("Cauca", "a1:Cauca:CO"),
                  ("Antioquia", "a1:Antioquia:CO"), ("Medellín", "city:Medellín:CO"),
                  ("Bogotá", "city:Bogotá:CO"), ("Venezuela", "C:VE"), ("Cuba", "C:CU")],
    "own-en-14": [("Córdoba", "city:Córdoba:AR"), ("Argentina", "C:AR"), ("Santa Fe", "a1:Santa Fe:AR"),
                  ("La Pampa", "a1:La Pampa:AR"), ("Buenos Aires", "city:Buenos Aires:AR"),
                  ("China", "C:CN"), ("Brazil", "C:BR")],
    "own-en-15": [("Kent", "a2:Kent:GB"), ("Dover", "city:Dover:GB"), ("Home Office", None),
                  ("Channel", "?pt:50.2,-1.0,"), ("France", "C:FR"), ("Calais", "city:Calais:FR"),
                  ("Cumbria", "a2:Cumbria:GB"), ("Yorkshire", "pt:54.0,-1.5,GB")],
    "own-en-16": [("Bavaria", "a1:Bavaria:DE"), ("Munich", "city:Munich:DE"), ("Germany", "C:DE"),
                  ("Nuremberg", "city:Nuremberg:DE"), ("Hesse", "a1:Hesse:DE"),
                  ("Frankfurt", "city:Frankfurt am Main:DE"), ("Berlin", "city:Berlin:DE")],
    "own-en-17": [("Andalusia", "a1:Andalusia:ES"), ("Málaga", "city:Málaga:ES"),
                  ("Catalonia", "a1:Catalonia:ES"), ("Aragon", "a1:Aragon:ES"),
                  ("Marbella", "city:Marbella:ES"), ("Spain", "C:ES"), ("Portugal", "C:PT"),
                  ("France", "C:FR"), ("Madrid", "city:Madrid:ES")],
    "own-en-18": [("Kharkiv", "city:Kharkiv:UA"), ("Odesa", "a1:Odessa:UA"), ("Kyiv", "city:Kyiv:UA"),
                  ("Dnipropetrovsk", "a1:Dnipropetrovsk:UA"), ("Poland", "C:PL"), ("NATO", None),
                  ("Brussels", "city:Brussels:BE")],
    "own-en-19": [("Queensland", "a1:Queensland:AU"), ("Brisbane", "city:Brisbane:AU"),
                  ("Gold Coast", "city:Gold Coast:AU"), ("Australia", "C:AU"),
                  ("Townsville", "city:Townsville:AU"), ("New South Wales", "a1:New South Wales:AU"),
                  ("Sydney", "city:Sydney:AU"), ("New Zealand", "C:NZ"), ("Auckland", "city:Auckland:NZ")],
    "own-en-20": [("Perth", "city:Perth:AU"), ("Western Australia", "a1:Western Australia:AU"),
                  ("Victoria", "a1:Victoria:AU"), ("Melbourne", "city:Melbourne:AU"),
                  ("Ballarat", "city:Ballarat:AU"), ("South Australia", "a1:South Australia:AU"),
                  ("Adelaide", "city:Adelaide:AU"), ("Bureau of Meteorology", None)],
    "own-en-21": [("Canterbury", "a1:Canterbury:NZ"), ("Christchurch", "city:Christchurch:NZ"),
                  ("New Zealand", "C:NZ"), ("Timaru", "city:Timaru:NZ"),
                  ("Ashburton", "city:Ashburton:NZ"), ("South Island", "pt:-43.5,171.0,NZ")],
    "own-en-22": [("Nineveh", "a1:Nineveh:IQ"), ("Islamic State", None), ("Mosul", "city:Mosul:IQ"),
                  ("Baghdad", "city:Baghdad:IQ"), ("Erbil", "city:Erbil:IQ"), ("Turkey", "C:TR"),
                  ("Sinjar", "city:Sinjar:IQ"), ("Syria", "C:SY"), ("Deir ez-Zor", "a1:Deir ez-Zor:SY")],
    "own-en-23": [("Georgia", "C:GE"), ("Tbilisi", "city:Tbilisi:GE"), ("European Union", None),
                  ("Moscow", "city:Moscow:RU"), ("Batumi", "city:Batumi:GE"),
                  ("Black Sea", "?pt:43.0,35.0,"), ("Kutaisi", "city:Kutaisi:GE")],
    "own-en-24": [("Quebec City", "city:Québec:CA"), ("Quebec", "a1:Quebec:CA"),
                  ("Montreal", "city:Montréal:CA"), ("Sherbrooke", "city:Sherbrooke:CA"),
                  ("British Columbia", "a1:British Columbia:CA"), ("Ontario", "a1:Ontario:CA"),
                  ("Ottawa", "city:Ottawa:CA")],
    "own-en-25": [("Hurricane Beryl", None), ("Jamaica", "C:JM"), ("Kingston", "city:Kingston:JM"),
                  ("Grenada", "C:GD"), ("St Vincent", "C:VC"), ("Barbados", "C:BB"),
                  ("Cayman Islands", "C:KY"), ("Mexico", "C:MX"),
                  ("Yucatán Peninsula", "pt:19.5,-89.0,MX")],
    "own-en-26": [("Cyclone Freddy", None), ("Quelimane", "city:Quelimane:MZ"),
                  ("Mozambique", "C:MZ"), ("Malawi", "C:MW"), ("Blantyre", "city:Blantyre:MW"),
                  ("Madagascar", "C:MG"), ("Zimbabwe", "C:ZW"), ("Manicaland", "a1:Manicaland:ZW"),
                  ("Harare", "city:Harare:ZW")],
}

OWN_FRENCH = {
    "own-fr-01": [("ABIDJAN", "city:Abidjan:CI"), ("Abidjan", "city:Abidjan:CI"),
                  ("Bouaké", "city:Bouaké:CI"), ("Côte d'Ivoire", "C:CI"), ("Ghana", "C:GH"),
                  ("Burkina Faso", "C:BF"), ("Banque mondiale", None)],
    "own-fr-02": [("Casamance", "pt:12.8,-15.5,SN"), ("Sénégal", "C:SN"),
                  ("Ziguinchor", "city:Ziguinchor:SN"), ("Dakar", "city:Dakar:SN"), ("Gambie", "C:GM"),
                  ("Guinée-Bissau", "C:GW"), ("Bignona", "city:Bignona:SN")],
    "own-fr-03": [("Extrême-Nord", "a1:Far North:CM"), ("Cameroun", "C:CM"), ("Boko Haram", None),
                  ("Mora", "city:Mora:CM"), ("Yaoundé", "city:Yaoundé:CM"), ("Maroua", "city:Maroua:CM"),
                  ("Tchad", "C:TD"), ("Nigeria", "C:NG"), ("Douala", "city:Douala:CM")],
    "own-fr-04": [("Québec", "a1:Quebec:CA"), ("Abitibi", "pt:48.4,-78.3,CA"),
                  ("Montréal", "city:Montréal:CA"), ("Ottawa", "city:Ottawa:CA"),
                  ("Ontario", "a1:Ontario:CA"), ("Rouyn-Noranda", "city:Rouyn-Noranda:CA")],
    "own-fr-05": [("Gironde", "pt:44.85,-0.6,FR"), ("Landes", "pt:44.0,-0.8,FR"), ("Météo-France", None),
                  ("Bordeaux", "city:Bordeaux:FR"), ("Finistère", "pt:48.25,-4.1,FR"),
                  ("Bretagne", "a1:Brittany:FR"), ("Bouches-du-Rhône", "pt:43.55,5.1,FR"),
                  ("Marseille", "city:Marseille:FR")],
    "own-fr-06": [("Wallonie", "pt:50.4,4.8,BE"), ("Liège", "city:Liège:BE"), ("Namur", "city:Namur:BE"),
                  ("Bruxelles", "city:Brussels:BE"), ("Suisse", "C:CH"), ("Valais", "a1:Valais:CH"),
                  ("Genève", "city:Geneva:CH")],
    "own-fr-07": [("Al Haouz", "pt:31.3,-7.9,MA"), ("Marrakech", "city:Marrakesh:MA"),
                  ("Rabat", "city:Rabat:MA"), ("Espagne", "C:ES"), ("Royaume-Uni", "C:GB"),
                  ("Qatar", "C:QA"), ("Agadir", "city:Agadir:MA"), ("Casablanca", "city:Casablanca:MA")],
    "own-fr-08": [("Nouméa", "city:Nouméa:NC"), ("Nouvelle-Calédonie", "C:NC"), ("Paris", "city:Paris:FR"),
                  ("Australie", "C:AU"), ("Nouvelle-Zélande", "C:NZ")],
    "own-fr-09": [("Port-au-Prince", "city:Port-au-Prince:HT"), ("ONU", None), ("Kenya", "C:KE"),
                  ("République dominicaine", "C:DO"), ("Cap-Haïtien", "city:Cap-Haïtien:HT")],
    "own-fr-10": [("Sfax", "city:Sfax:TN"), ("Tunisie", "C:TN"), ("Soudan", "C:SD"), ("Guinée", "C:GN"),
                  ("Lampedusa", "pt:35.51,12.6,IT"), ("Tunis", "city:Tunis:TN"), ("Italie", "C:IT"),
                  ("Algérie", "C:DZ"), ("Libye", "C:LY")],
}
