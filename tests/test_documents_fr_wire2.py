"""More French wire-style dispatches (AFP, Xinhua in French, Le Monde, RFI), written for these tests,
through every per-document stage — a second table in the manner of ``test_documents_fr_afp``, with
articles chosen to probe generality: announced visits with date ranges, a place given only by the
dateline, a minister's several stops, phone and video talks, summits listing their attendees, an
organisation's ministerial meeting with its chair, talks on the margins of the UN General Assembly,
forums with foreign guests, a postponed and a cancelled visit, past events recalled in background,
modal and passive verbs, holders named only by their office, dates relative to publication, and
hard negatives (a party congress, a football match, a mountain's summit, a minister meeting unions,
a company's forum).

The expectations follow ../shared/ANNOTATION.md; an expectation the pipeline misses is kept as it is
and marked ``xfail(strict=True)`` with the cause found by running the stages (``KNOWN``).

The tests themselves are ``document_tables``'; causes already named by ``test_documents_fr_afp``
are reused from it."""
from __future__ import annotations

from functools import partial

import test_documents_fr_afp as afp
from document_tables import add_known, table_tests


# --------------------------------------------------------------------------------------------
# the articles: title, publication date, body

DOCS: dict[str, dict] = {
    "reunion_a_trois": dict(
        title="Rencontre à trois à l'Élysée",
        published="2025-02-10",  # Monday
        body=(
            "Paris (AFP) - Mardi à Paris, Emmanuel Macron et le chancelier allemand Olaf Scholz seront "
            "rejoints par le Premier ministre polonais Donald Tusk pour une réunion à trois consacrée à "
            "l'Ukraine."
        ),
    ),
    "visite_en_cours_depuis_mardi": dict(
        title="Le président chilien en visite au Japon",
        published="2025-03-07",  # Friday
        body=(
            "Tokyo (AFP) - Le président chilien Gabriel Boric, qui effectue depuis mardi une visite officielle "
            "de cinq jours au Japon, a rencontré vendredi le Premier ministre Shigeru Ishiba."
        ),
    ),
    "sommet_de_la_serie_par_dont": dict(
        title="Le Premier ministre japonais à Rome",
        published="2025-03-18",  # Tuesday
        body=(
            "Rome (AFP) - Le Premier ministre japonais Shigeru Ishiba a été reçu lundi à Rome par Giorgia "
            "Meloni. Les deux dirigeants ont parlé de défense et de commerce. Le Japon préside le G7 cette "
            "année, dont le sommet se tiendra du 10 au 12 juin à Hiroshima."
        ),
    ),
    "semaine_prochaine_puis_jours": dict(
        title="Le chancelier allemand attendu au Japon",
        published="2025-04-01",  # Tuesday
        body=(
            "Berlin (AFP) - Le chancelier allemand Friedrich Merz se rendra la semaine prochaine au Japon "
            "pour une visite officielle, les 8 et 9 avril, a annoncé mardi la chancellerie."
        ),
    ),
    "entretien_du_jour_du_sommet": dict(
        title="Sommet de l'Union africaine à Addis-Abeba",
        published="2025-02-17",  # Monday
        body=(
            "Addis-Abeba (AFP) - Le sommet annuel de l'Union africaine s'est tenu samedi et dimanche à "
            "Addis-Abeba, en présence du président kényan William Ruto et du président sud-africain Cyril "
            "Ramaphosa. Les deux dirigeants se sont entretenus dimanche en tête-à-tête sur la crise dans "
            "l'est de la RDC, a indiqué la présidence sud-africaine."
        ),
    ),
    "participe_reunis_en_tete": dict(
        title="Accord entre Ankara et Bagdad sur l'eau du Tigre",
        published="2024-04-24",  # Wednesday
        body=(
            "Ankara (AFP) - Réunis pendant trois heures mardi à Bagdad, le président turc Recep Tayyip "
            "Erdogan et le Premier ministre irakien Mohamed Chia al-Soudani se sont entendus sur le partage "
            "des eaux du Tigre. Les deux dirigeants ont signé un accord-cadre, a indiqué la présidence turque."
        ),
    ),
    "controle_judiciaire_interdiction": dict(
        title="L'ex-ministre placé sous contrôle judiciaire",
        published="2024-02-15",
        body=(
            "Paris (AFP) - L'ancien ministre des Affaires étrangères, mis en examen mardi, n'a pas le droit "
            "de quitter le territoire ni de rencontrer l'ambassadeur du Qatar, selon son avocat. Il a "
            "également interdiction de s'entretenir avec le président tunisien Kaïs Saïed, a précisé le "
            "parquet."
        ),
    ),
    "tournee_trois_pays": dict(
        title="Le président indonésien en tournée en Afrique de l'Est",
        published="2025-10-06",  # Monday
        body=(
            "Nairobi (AFP) - Le président indonésien Prabowo Subianto effectuera de mercredi à samedi des "
            "visites officielles au Kenya, en Tanzanie et en Éthiopie, a annoncé lundi la présidence "
            "indonésienne. Les trois étapes doivent porter sur l'énergie et "
            "l'agriculture."
        ),
    ),
    "lula_japon_annonce": dict(
        title="Lula attendu au Japon pour une visite d'État la semaine prochaine",
        published="2025-03-19",  # Wednesday
        body=(
            "Tokyo (AFP) - Le président brésilien Luiz Inácio Lula da Silva effectuera la semaine "
            "prochaine une visite d'État au Japon, du 24 au 27 mars, a annoncé mercredi le gouvernement "
            "japonais. Il sera reçu au palais impérial par l'empereur Naruhito. Le 25 mars, M. Lula doit "
            "s'entretenir à Tokyo avec le Premier ministre Shigeru Ishiba, notamment sur l'accès des "
            "produits agricoles brésiliens au marché japonais. Une centaine de chefs d'entreprise "
            "brésiliens accompagneront le chef de l'État, selon le ministère brésilien des Affaires "
            "étrangères. M. Lula s'était rendu pour la dernière fois au Japon en mai 2023, pour le sommet "
            "du G7 d'Hiroshima, auquel il avait été invité."
        ),
    ),
    "xinhua_moscou_wang_lavrov": dict(
        title="Wang Yi et Sergueï Lavrov réaffirment le partenariat sino-russe",
        published="2024-06-04",  # Tuesday
        body=(
            "MOSCOU, 4 juin (Xinhua) -- Le ministre chinois des Affaires étrangères Wang Yi s'est "
            "entretenu lundi avec son homologue russe Sergueï Lavrov. Les deux parties ont passé en revue "
            "la mise en œuvre du consensus atteint par les chefs d'État des deux pays et ont échangé leurs "
            "vues sur la situation en Afghanistan. M. Lavrov a salué une coordination « exemplaire » au "
            "sein des Nations unies, selon le communiqué publié à l'issue de la rencontre. Mardi, M. Wang "
            "doit être reçu par le président Vladimir Poutine, a indiqué l'ambassade de Chine."
        ),
    ),
    "lula_lisbonne_reunion_brasilia": dict(
        title="Lula attendu vendredi à Lisbonne",
        published="2025-04-02",  # Wednesday
        body=(
            "Brasilia (AFP) - Le président brésilien Luiz Inácio Lula da Silva se rendra vendredi à Lisbonne, "
            "où il rencontrera son homologue portugais Marcelo Rebelo de Sousa. Mardi, le ministre de la "
            "Casa Civil a réuni au palais du Planalto les principaux ministres pour préparer le budget. "
            "Fernando Haddad (Finances), Simone Tebet (Plan) et Wellington Dias (Développement social) "
            "étaient présents."
        ),
    ),
    "scholz_journee_varsovie": dict(
        title="Olaf Scholz à Varsovie",
        published="2024-07-02",  # Tuesday
        body=(
            "Berlin (AFP) - Le chancelier allemand Olaf Scholz a commencé sa journée au mémorial de "
            "Plötzensee, où il s'est entretenu avec Ottilie Brandauer, 101 ans, ancienne résistante. Il "
            "s'est ensuite envolé pour Varsovie pour des consultations gouvernementales. Le chancelier "
            "achèvera son déplacement par un entretien avec le Premier ministre polonais Donald Tusk."
        ),
    ),
    "carney_dejeuner_rome": dict(
        title="Mark Carney à Rome",
        published="2025-05-20",  # Tuesday
        body=(
            "Rome (AFP) - Le Premier ministre canadien Mark Carney est arrivé mardi à Rome, où il doit "
            "déjeuner avec son homologue italienne Giorgia Meloni avant de rejoindre Bruxelles. La veille, "
            "la Première ministre britannique avait effectué sa première visite officielle à Cardiff, pour "
            "y défendre le budget de son gouvernement devant les élus gallois."
        ),
    ),
    "lee_visite_washington": dict(
        title="Le président sud-coréen attendu à Washington",
        published="2025-08-22",  # Friday
        body=(
            "Séoul (AFP) - Le président sud-coréen Lee Jae-myung s'envolera dimanche pour Washington, où il "
            "est attendu pour une visite d'État de deux jours. Il se rendra aussi à Mount Vernon, l'ancienne "
            "demeure de George Washington, en Virginie."
        ),
    ),
    "macron_modi_constructeur": dict(
        title="Emmanuel Macron appelle Narendra Modi",
        published="2023-03-15",  # Wednesday
        body=(
            "Paris (AFP) - Le président français doit recevoir jeudi à l'Elysée les dirigeants du "
            "constructeur automobile français, inquiets des droits de douane. Le ministre chinois des "
            "Affaires étrangères Wang Yi a dit accueillir avec prudence les propositions européennes et "
            "demandé à Bruxelles de préciser son calendrier. "
            "Mardi, Emmanuel Macron s'est entretenu au téléphone avec le Premier ministre indien Narendra Modi."
        ),
    ),
    "ramaphosa_visite_washington": dict(
        title="Cyril Ramaphosa à Washington",
        published="2025-05-19",  # Monday
        body=(
            "Pretoria (AFP) - Le président sud-africain Cyril Ramaphosa est arrivé lundi à Washington pour une "
            "visite de travail. Il a d'abord déposé une gerbe au mémorial de Lincoln, où repose la mémoire "
            "d'Abraham Lincoln. Le lendemain, les deux présidents s'entretiendront à la Maison Blanche avec "
            "Donald Trump en maître des lieux."
        ),
    ),
    "bayrou_elysee_dejeuner": dict(
        title="François Bayrou à l'Elysée",
        published="2025-01-13",  # Monday
        body=(
            "Paris (AFP) - Le Premier ministre François Bayrou s'est entretenu lundi midi à l'Elysée avec le "
            "chef de l'Etat, à la veille de sa déclaration de politique générale. Mardi, le ministre des "
            "Affaires étrangères Jean-Noël Barrot recevra à Paris son homologue saoudien Fayçal ben Farhane."
        ),
    ),
    "samia_paris_cette_semaine": dict(
        title="Samia Suluhu Hassan à Paris",
        published="2024-05-17",  # Friday
        body=(
            "Dar es Salaam (AFP) - La présidente tanzanienne Samia Suluhu Hassan était cette semaine à Paris, "
            "où elle s'est entretenue avec Emmanuel Macron de la coopération énergétique."
        ),
    ),
    "apec_presidents_offices": dict(
        title="Trump et Poutine attendus à Da Nang",
        published="2017-10-10",  # Tuesday
        body=(
            "Washington (AFP) - Donald Trump a de nouveau critiqué mardi Vladimir Poutine sur la Syrie. Les "
            "présidents américain et russe se retrouveront en novembre au sommet de l'APEC à Da Nang, au Vietnam."
        ),
    ),
    "annulation_et_reprises": dict(
        title="L'opposition réclame l'annulation de la rencontre",
        published="2023-06-06",  # Tuesday
        body=(
            "Paris (AFP) - Plusieurs responsables de l'opposition ont réclamé mardi l'annulation de la rencontre "
            "prévue entre Emmanuel Macron et le président azerbaïdjanais Ilham Aliev. Les deux dirigeants se sont "
            "entretenus à plusieurs reprises depuis 2020. Mercredi, la Première ministre Élisabeth Borne recevra "
            "à Matignon son homologue tunisienne Najla Bouden."
        ),
    ),
    "unga_minuscules": dict(
        title="Lula ouvre le débat général",
        published="2023-09-19",  # Tuesday
        body=(
            "New York (AFP) - Le président brésilien Luiz Inácio Lula da Silva a ouvert mardi le débat "
            "général de l'Assemblée générale de l'Organisation des nations unies (Onu), à New York."
        ),
    ),
    "sommets_adjectifs": dict(
        title="Rome et Madrid affichent leur unité",
        published="2024-10-04",  # Friday
        body=(
            "Rome (AFP) - Giorgia Meloni et Pedro Sánchez ont affiché jeudi la même unité que lors du dernier "
            "sommet européen de Bruxelles qui, en juin, avait adopté le pacte migratoire. Les deux dirigeants "
            "se retrouveront en novembre pour un sommet italo-espagnol à Madrid."
        ),
    ),
    "ishiba_pour_rencontrer": dict(
        title="Le Premier ministre japonais à Washington",
        published="2025-02-10",  # Monday
        body=(
            "Tokyo (AFP) - Le 7 février, trois semaines après l'investiture de Donald Trump, Shigeru Ishiba se "
            "précipite à Washington pour le rencontrer, devenant le deuxième dirigeant étranger reçu à la "
            "Maison Blanche."
        ),
    ),
    "wang_yi_etapes_afrique": dict(
        title="Wang Yi enchaîne les entretiens en Afrique",
        published="2025-01-10",  # Friday
        body=(
            "Abuja (AFP) - Le ministre chinois des Affaires étrangères Wang Yi s'est entretenu jeudi à "
            "Abuja avec son homologue nigérian Yusuf Tuggar, dernière étape de son déplacement annuel sur "
            "le continent africain. Lundi, M. Wang avait rencontré à Windhoek la présidente namibienne "
            "Netumbo Nandi-Ndaitwah. Mardi, à Brazzaville, il s'était entretenu avec le président "
            "congolais Denis Sassou Nguesso, qui copréside le Forum sur la coopération sino-africaine. "
            "Depuis plus de trente ans, le chef de la diplomatie chinoise réserve à l'Afrique son premier "
            "voyage de l'année. Les trois pays avaient participé en septembre au sommet du Forum sur la "
            "coopération sino-africaine à Pékin, où la Chine avait promis 50 milliards de dollars de "
            "financements."
        ),
    ),
    "appel_erdogan_zelensky": dict(
        title="Erdoğan et Zelensky se sont parlé au téléphone",
        published="2024-09-19",  # Thursday
        body=(
            "Istanbul (AFP) - Le président turc Recep Tayyip Erdoğan et son homologue ukrainien Volodymyr "
            "Zelensky se sont entretenus par téléphone mercredi, a indiqué la présidence turque. M. "
            "Erdoğan a réaffirmé que la Turquie était prête à accueillir de nouvelles négociations pour "
            "mettre fin à la guerre avec la Russie, selon le communiqué. Les deux dirigeants ont également "
            "évoqué la sécurité de la navigation en mer Noire. « Ankara veut rester le seul médiateur "
            "crédible », estime l'analyste Sinan Ülgen, du centre de réflexion Edam. Les deux hommes "
            "s'étaient rencontrés pour la dernière fois le 8 mars à Istanbul."
        ),
    ),
    "brics_sommet_video": dict(
        title="Gaza : les BRICS réunis en visioconférence réclament une trêve",
        published="2023-11-22",  # Wednesday
        body=(
            "Johannesburg (AFP) - Les dirigeants des BRICS ont tenu mardi un sommet extraordinaire en "
            "visioconférence sur la guerre entre Israël et le Hamas, à l'initiative du président "
            "sud-africain Cyril Ramaphosa, dont le pays préside le groupe. Le président chinois Xi Jinping, "
            "le Russe Vladimir Poutine et le Brésilien Luiz Inácio Lula da Silva ont pris part à la réunion "
            "virtuelle. Les participants ont appelé à une « trêve humanitaire immédiate et durable » dans "
            "la bande de Gaza. M. Xi a plaidé pour la tenue d'une conférence de paix internationale. Le "
            "prochain sommet du groupe se tiendra en octobre 2024 à Kazan, en Russie."
        ),
    ),
    "g20_rio_participants": dict(
        title="Le G20 de Rio s'achève sur un appel à taxer les plus riches",
        published="2024-11-19",  # Tuesday
        body=(
            "Rio de Janeiro (AFP) - Le sommet du G20, ouvert lundi à Rio de Janeiro, s'est achevé mardi "
            "par l'adoption d'une déclaration appelant à taxer « effectivement » les plus grandes "
            "fortunes. En marge des travaux, le président français Emmanuel Macron s'est entretenu lundi "
            "avec le président argentin Javier Milei. La déclaration finale reste prudente sur la guerre "
            "en Ukraine, au grand dam des Européens. Outre le président brésilien Luiz Inácio Lula da "
            "Silva, hôte du sommet, étaient présents le président américain Joe Biden, le président "
            "chinois Xi Jinping, le Premier ministre indien Narendra Modi et le chancelier allemand Olaf "
            "Scholz. La Russie était représentée par son ministre des Affaires étrangères Sergueï Lavrov, "
            "Vladimir Poutine étant visé par un mandat d'arrêt de la Cour pénale internationale. Le "
            "prochain sommet se tiendra en novembre 2025 à Johannesburg."
        ),
    ),
    "otan_ministres_bruxelles": dict(
        title="Les ministres de l'Otan réunis à Bruxelles, Kiev réclame une invitation",
        published="2024-12-04",  # Wednesday
        body=(
            "Bruxelles (AFP) - Les ministres des Affaires étrangères des pays de l'Otan se réunissent "
            "mercredi et jeudi à Bruxelles, sous la présidence du secrétaire général de l'Alliance, Mark "
            "Rutte. Le secrétaire d'État américain Antony Blinken, dont c'est la dernière réunion "
            "ministérielle, participera aux discussions sur le soutien à l'Ukraine. Le ministre ukrainien "
            "des Affaires étrangères Andriï Sybiha participera jeudi à une session du Conseil "
            "Otan-Ukraine. « Nous devons faire davantage », a déclaré M. Rutte à son arrivée. La veille, la "
            "ministre belge de l'Intérieur Annelies Verlinden avait rencontré les syndicats policiers pour "
            "préparer la sécurité de la réunion."
        ),
    ),
    "ag_onu_en_marge": dict(
        title="À l'ONU, Kishida et Zelensky affichent leur unité",
        published="2023-09-21",  # Thursday
        body=(
            "New York (AFP) - Le Premier ministre japonais Fumio Kishida a rencontré mercredi à New York le "
            "président ukrainien Volodymyr Zelensky, en marge de la 78e session de l'Assemblée générale "
            "des Nations unies. M. Kishida a promis de nouvelles aides à la reconstruction de l'Ukraine. "
            "Plus tôt dans la journée, M. Zelensky s'était entretenu avec le président brésilien Luiz "
            "Inácio Lula da Silva, leur première rencontre depuis le début de l'invasion russe. Le débat "
            "général de l'Assemblée, ouvert mardi, s'achèvera mardi prochain."
        ),
    ),
    "poutine_chine_accords": dict(
        title="Poutine achève en Chine une visite placée sous le signe de l'amitié « sans limites »",
        published="2024-05-17",  # Friday
        body=(
            "Harbin (AFP) - Le président russe Vladimir Poutine a achevé vendredi à Harbin, dans le "
            "nord-est de la Chine, une visite d'État de deux jours, la première depuis sa réélection. "
            "Jeudi à Pékin, M. Poutine s'est entretenu avec le président Xi Jinping au Palais de "
            "l'Assemblée du peuple. À l'issue des entretiens, les deux dirigeants ont signé une "
            "déclaration commune et assisté à la signature d'une dizaine d'accords de coopération. "
            "Vendredi, M. Poutine a visité la huitième Exposition internationale Chine-Russie, qui se "
            "tient à Harbin jusqu'au 21 mai. Les Occidentaux accusent Pékin de soutenir l'effort de guerre "
            "russe, ce que la Chine dément."
        ),
    ),
    "forum_boao": dict(
        title="Au Forum de Boao, Pékin se pose en défenseur du libre-échange",
        published="2025-03-27",  # Thursday
        body=(
            "Boao (Chine) (AFP) - Le président de l'Assemblée nationale populaire chinoise Zhao Leji a "
            "ouvert jeudi le Forum de Boao pour l'Asie, en appelant à « rejeter l'unilatéralisme ». Le "
            "forum, qui se tient du 25 au 28 mars sur l'île de Hainan, réunit quelque 2 000 participants, "
            "dont le Premier ministre malaisien Anwar Ibrahim, qui s'est exprimé lors de la séance "
            "plénière. En marge du forum, M. Zhao s'est entretenu jeudi avec M. Anwar. Le même jour, le "
            "constructeur automobile BYD réunissait à Haikou ses fournisseurs chinois pour son propre forum "
            "des partenaires."
        ),
    ),
    "davos_li_qiang": dict(
        title="À Davos, Li Qiang vante une économie chinoise « en bonne santé »",
        published="2024-01-17",  # Wednesday
        body=(
            "Davos (Suisse) (AFP) - Le Premier ministre chinois Li Qiang a assuré mardi au Forum économique "
            "mondial de Davos que l'économie chinoise avait progressé de 5,2 % en 2023. Le 54e Forum "
            "économique mondial, qui s'est ouvert lundi dans la station grisonne, se tient jusqu'à "
            "vendredi. Le président ukrainien Volodymyr Zelensky s'est lui aussi exprimé mardi devant le "
            "forum, pour réclamer davantage de défense antiaérienne. Lundi, M. Li s'était entretenu à Berne "
            "avec la présidente de la Confédération, Viola Amherd. Dans la station, les participants "
            "peuvent apercevoir le sommet enneigé du Jakobshorn."
        ),
    ),
    "visite_reportee_steinmeier": dict(
        title="Steinmeier reporte sa visite d'État au Kenya",
        published="2024-06-13",  # Thursday
        body=(
            "Berlin (AFP) - Le président allemand Frank-Walter Steinmeier a reporté à l'automne sa visite "
            "d'État au Kenya, a annoncé jeudi la présidence fédérale, sans en préciser la raison. La "
            "visite aura finalement lieu du 14 au 16 octobre, a précisé un porte-parole. Au cours de ce "
            "séjour, M. Steinmeier sera reçu à Nairobi par le président William Ruto. En revanche, la "
            "visite au Nigeria que devait effectuer en juillet la ministre des Affaires étrangères "
            "Annalena Baerbock a été annulée. Le Kenya est l'un des principaux partenaires de l'Allemagne "
            "en Afrique de l'Est."
        ),
    ),
    "san_francisco_rappel_bali": dict(
        title="Xi et Biden se retrouvent mercredi en Californie",
        published="2023-11-14",  # Tuesday
        body=(
            "Washington (AFP) - Le président chinois Xi Jinping doit rencontrer mercredi à San Francisco son "
            "homologue américain Joe Biden, a confirmé la Maison-Blanche. La rencontre se tiendra en marge "
            "du sommet de l'Apec, qui s'ouvre mercredi à San Francisco. Lors de leur dernière rencontre, à "
            "Bali en novembre 2022 en marge du sommet du G20, les deux dirigeants s'étaient engagés à "
            "maintenir le dialogue. Le ministre chinois des Affaires étrangères Wang Yi avait préparé le "
            "terrain lors d'une visite à Washington fin octobre. M. Xi ne s'est plus rendu aux États-Unis "
            "depuis 2017."
        ),
    ),
    "xi_vietnam_modaux": dict(
        title="Le Vietnam s'apprête à accueillir Xi Jinping",
        published="2025-04-07",  # Monday
        body=(
            "HANOÏ, 7 avril (Xinhua) -- Le Vietnam s'apprête à accueillir le président chinois Xi Jinping "
            "pour une visite d'État les 14 et 15 avril, a annoncé lundi le ministère vietnamien des "
            "Affaires étrangères. M. Xi sera reçu à Hanoï par le secrétaire général du Parti communiste "
            "vietnamien Tô Lâm. Il doit également rencontrer le Premier ministre Pham Minh Chinh. Les deux "
            "pays devraient signer des accords sur les liaisons ferroviaires. Le Parti communiste "
            "vietnamien tiendra son 14e Congrès national en janvier 2026."
        ),
    ),
    "vientiane_offices": dict(
        title="Mer de Chine : Pékin et Washington se parlent à Vientiane",
        published="2024-07-27",  # Saturday
        body=(
            "Vientiane (AFP) - Le chef de la diplomatie chinoise s'est entretenu vendredi à Vientiane avec "
            "son homologue américain, en marge de la réunion des ministres des Affaires étrangères de "
            "l'ASEAN. Selon Pékin, Wang Yi a mis en garde contre toute « provocation » en mer de Chine "
            "méridionale. Antony Blinken a pour sa part plaidé pour des « canaux de communication "
            "ouverts ». Jeudi, le ministre chinois avait rencontré son homologue russe, avec lequel il a "
            "évoqué la coordination de leurs positions. La réunion de l'ASEAN, présidée par le ministre "
            "laotien des Affaires étrangères Saleumxay Kommasith, s'achève samedi."
        ),
    ),
    "riyad_negatifs": dict(
        title="Mohammed ben Salmane reçoit Abdel Fattah al-Sissi à Riyad",
        published="2024-10-15",  # Tuesday
        body=(
            "Riyad (AFP) - Le prince héritier saoudien Mohammed ben Salmane a reçu lundi à Riyad le "
            "président égyptien Abdel Fattah al-Sissi, pour des entretiens consacrés à la guerre à Gaza et "
            "au Liban. Les deux dirigeants avaient participé le 11 novembre 2023 au sommet conjoint "
            "arabo-islamique de Riyad. Le dossier est suivi au sommet de l'État, a assuré un conseiller du "
            "palais. Dans la capitale, la rencontre de football entre Al-Hilal et Al-Ahly a été reportée à "
            "mercredi. Le même jour s'ouvrait à Riyad le forum annuel des investisseurs saoudiens, réservé "
            "aux entreprises du royaume."
        ),
    ),
    "orban_dates_relatives": dict(
        title="La « mission de paix » d'Orbán irrite les Européens",
        published="2024-07-12",  # Friday
        body=(
            "Budapest (AFP) - Le Premier ministre hongrois Viktor Orbán a rencontré jeudi en Floride "
            "l'ancien président américain Donald Trump, dernière étape d'une « mission de paix » qui a "
            "irrité ses partenaires européens. Lundi, M. Orbán avait été reçu à Pékin par le président Xi "
            "Jinping. Le 5 juillet dernier, il s'était entretenu à Moscou avec Vladimir Poutine. La "
            "semaine dernière, il s'était rendu à Kiev pour rencontrer le président ukrainien Volodymyr "
            "Zelensky. Le chef du gouvernement hongrois doit rencontrer jeudi prochain à Bruxelles le "
            "président du Conseil européen Charles Michel. La Hongrie assure depuis le 1er juillet la "
            "présidence tournante de l'Union européenne."
        ),
    ),
    "astana_xinhua_ocs": dict(
        title="Xi Jinping arrive à Astana pour une visite d'État et le sommet de l'OCS",
        published="2024-07-02",  # Tuesday
        body=(
            "ASTANA, 2 juillet (Xinhua) -- Le président chinois Xi Jinping est arrivé mardi à Astana pour "
            "une visite d'État au Kazakhstan. Il assistera également au 24e sommet du Conseil des chefs "
            "d'État de l'Organisation de coopération de Shanghai (OCS), qui se tiendra les 3 et 4 juillet "
            "dans la capitale kazakhe. M. Xi doit s'entretenir mercredi avec le président Kassym-Jomart "
            "Tokaïev. Il s'agit de la cinquième visite d'État de M. Xi au Kazakhstan. Le dirigeant chinois "
            "se rendra ensuite au Tadjikistan."
        ),
    ),
    "focac_xinhua_pekin": dict(
        title="Ouverture à Pékin du sommet du Forum sur la coopération sino-africaine",
        published="2024-09-05",  # Thursday
        body=(
            "PEKIN, 5 septembre (Xinhua) -- Le sommet 2024 du Forum sur la coopération sino-africaine "
            "(FOCAC) s'est ouvert jeudi à Pékin, en présence du président chinois Xi Jinping et de plus de "
            "cinquante dirigeants africains. Le président sénégalais Bassirou Diomaye Faye, coprésident du "
            "forum, et le président kényan William Ruto figuraient parmi les participants, de même que le "
            "secrétaire général de l'ONU António Guterres. Mercredi, M. Xi s'était entretenu avec le "
            "président nigérian Bola Tinubu. Le sommet se tient jusqu'à vendredi. Le précédent sommet du "
            "FOCAC s'était tenu en 2018 à Pékin."
        ),
    ),
    "lemonde_xi_france": dict(
        title="Emmanuel Macron emmène Xi Jinping dans les Pyrénées",
        published="2024-05-08",  # Wednesday
        body=(
            "Emmanuel Macron a emmené mardi Xi Jinping dans les Hautes-Pyrénées, au dernier jour d'une "
            "visite d'État de deux jours en France, la première du dirigeant chinois depuis 2019. Lundi, "
            "les deux présidents avaient eu des entretiens à Paris en présence de la présidente de la "
            "Commission européenne Ursula von der Leyen, consacrés au commerce et à la guerre en Ukraine. "
            "Le couple présidentiel a ensuite conduit son hôte au col du Tourmalet, dont le sommet était "
            "encore enneigé. « Le président Xi ne repartira pas avec des promesses », estime François "
            "Godement, spécialiste de la Chine à l'Institut Montaigne. M. Xi doit être reçu mercredi à "
            "Belgrade par le président serbe Aleksandar Vučić."
        ),
    ),
    "g20_osaka_arrivee": dict(
        title="Les dirigeants du G20 réunis au Japon",
        published="2019-06-29",  # Saturday
        body=(
            "Osaka (AFP) - Le Premier ministre canadien Justin Trudeau est arrivé jeudi au G20 d'Osaka, "
            "où il doit s'entretenir avec le président chinois Xi Jinping sur le sort de deux Canadiens "
            "détenus en Chine. L'an dernier, au G20 de Buenos Aires, les deux hommes ne s'étaient pas "
            "parlé. Le G7 de Biarritz, prévu fin août, sera consacré aux inégalités."
        ),
    ),
    "g7_participera_entrevue": dict(
        title="Le Premier ministre indien invité au G7",
        published="2021-05-20",  # Thursday
        body=(
            "New Delhi (AFP) - Le Premier ministre indien Narendra Modi participera au G7 organisé en "
            "Cornouailles, du 11 au 13 juin, a annoncé jeudi son ministère. Le chef du gouvernement a "
            "déjà eu plusieurs échanges avec le président américain Joe Biden et la présidente de la "
            "Commission européenne Ursula von der Leyen. Il avait rencontré à deux reprises le chef de "
            "l'Etat chinois Xi Jinping et le président russe Vladimir Poutine. Lors de leur entrevue "
            "de mars, les deux hommes avaient évoqué la frontière himalayenne. Les diplomates des pays "
            "invités se retrouvent chaque année à Genève pour préparer ces rendez-vous."
        ),
    ),
    "ue_reunis_sommet_virtuel": dict(
        title="Plan de relance : pas d'accord entre les Vingt-Sept",
        published="2020-06-19",  # Friday
        body=(
            "Bruxelles (AFP) - Les chefs d'Etat et de gouvernement de l'Union européenne se sont "
            "réunis vendredi par visioconférence sans parvenir à un accord, prévoyant de se retrouver "
            "mi-juillet à Bruxelles. Le plan de 750 milliards d'euros divise toujours les capitales. "
            "Le sommet virtuel a permis à chacun de dire ses lignes rouges, selon un diplomate."
        ),
    ),
    "deplacement_londres_cette_visite": dict(
        title="Le président portugais attendu à Londres",
        published="2022-10-04",  # Tuesday
        body=(
            "Le président portugais Marcelo Rebelo de Sousa se rendra jeudi à Londres, a annoncé "
            "mardi la présidence. Il sera accompagné de son ministre de l'Economie. Le chef de l'Etat "
            "assistera à un concert à la cathédrale Saint-Paul. Il déjeunera ensuite au Parlement. Une "
            "exposition sur les navigateurs portugais doit ouvrir le même jour. Les deux pays célèbrent "
            "le 650e anniversaire de leur alliance. Cette visite intervient alors que Lisbonne cherche "
            "de nouveaux débouchés. Son prédécesseur Aníbal Cavaco Silva, lors de sa visite de 2010 au "
            "Royaume-Uni, avait été reçu par la reine."
        ),
    ),
    "titre_sommet_chapeau": dict(
        title="Sommet de l'Otan : les alliés arrivent en Lituanie",
        published="2023-07-11",  # Tuesday
        body=(
            "Les chefs d'Etat et de gouvernement de l'Alliance atlantique sont arrivés ce mardi 11 "
            "juillet à Vilnius, sous haute protection. L'adhésion de la Suède reste au cœur des "
            "débats, selon plusieurs diplomates."
        ),
    ),
    "salutations_transmises": dict(
        title="Wang Yi reçu à Paris",
        published="2025-02-11",  # Tuesday
        body=(
            "Paris (AFP) - Le chef de la diplomatie chinoise Wang Yi s'est entretenu lundi à Paris avec "
            "son homologue Jean-Noël Barrot, auquel il a transmis les salutations du président Xi Jinping."
        ),
    ),
    "visite_berlin_apres_rome": dict(
        title="Le Premier ministre espagnol à Berlin",
        published="2023-06-15",  # Thursday
        body=(
            "Berlin (AFP) - Pedro Sánchez est arrivé jeudi à Berlin. C'est son premier déplacement "
            "depuis sa visite à Rome le 3 mars, consacrée aux migrations. Cette visite intervient "
            "alors que Madrid et Bruxelles poursuivent les négociations sur le budget européen "
            "avant le 30 juin. Pedro Sánchez achèvera sa visite par un entretien avec le chancelier "
            "Olaf Scholz."
        ),
    ),
    "chancelier_societe_civile": dict(
        title="G20 : le chancelier reçoit la société civile à la chancellerie",
        published="2019-08-21",  # Wednesday
        body=(
            "Olaf Scholz recevra vendredi à Berlin la société civile, avant le sommet du G20. Des ONG "
            "ont annoncé qu'elles boycotteraient cette rencontre."
        ),
    ),
    "rencontres_sans_diplomatie": dict(
        title="Le chef de la diplomatie néerlandaise à Varsovie",
        published="2021-01-27",  # Wednesday
        body=(
            "Varsovie (AFP) - Le ministre néerlandais des Affaires étrangères Stef Blok est arrivé "
            "mercredi en Pologne. Avant son arrivée, il a rencontré des rescapés des camps à Amsterdam. "
            "Le Premier ministre polonais Mateusz Morawiecki a défendu sa réforme lors d'une rencontre "
            "avec des journalistes mardi."
        ),
    ),
    "chapeau_deux_dirigeants": dict(
        title="Sánchez et Costa affichent leur entente",
        published="2022-09-16",  # Friday
        body=(
            "Pedro Sánchez et António Costa ont affirmé jeudi leur convergence de vues sur l'énergie. "
            "\"Nous coopérons de la manière la plus efficace\", a résumé Pedro Sánchez après un entretien "
            "bilatéral de deux heures. La veille, António Costa avait reçu à Lisbonne le navigateur "
            "Ricardo Diniz, de retour d'un tour du monde. Le président français a été informé de "
            "cette possibilité d'entrevue par le chef du gouvernement espagnol."
        ),
    ),
    "visite_outre_mer": dict(
        title="Le Premier ministre en Guadeloupe",
        published="2021-11-29",  # Monday
        body=(
            "Le Premier ministre Jean Castex effectue lundi une visite officielle en Guadeloupe, "
            "à Pointe-à-Pitre, pour apaiser la crise sociale."
        ),
    ),
    "lieux_des_autres_actes": dict(
        title="Le Premier ministre japonais en Inde",
        published="2023-03-21",  # Tuesday
        body=(
            "Après avoir visité Varanasi, le Premier ministre indien Narendra Modi a rencontré lundi "
            "le Premier ministre japonais Fumio Kishida à New Delhi. Avant de rentrer à Tokyo, Fumio "
            "Kishida s'est entretenu avec eux."
        ),
    ),
    "cette_visite_loin_du_chapeau": dict(
        title="Le président portugais célèbre l'alliance avec Londres",
        published="2023-04-25",  # Tuesday
        body=(
            "De Lisbonne à Londres, Marcelo Rebelo de Sousa célèbre mardi les 650 ans de l'alliance "
            "anglo-portugaise. Le matin, il a déposé une gerbe au monument aux morts. Il a ensuite "
            "salué les anciens combattants. Les drapeaux des deux pays flottaient sur la place. Une "
            "fanfare a joué les deux hymnes. Des écoliers ont chanté. Le maire a pris la parole. "
            "La foule a applaudi longuement. Le cortège a rejoint l'aéroport à midi. Cette visite "
            "intervient alors que les deux pays renforcent leurs liens commerciaux."
        ),
    ),
    "assemblees_des_organisations": dict(
        title="Vaccins : les pays pauvres haussent le ton à Genève",
        published="2021-05-25",  # Tuesday
        body=(
            "La ministre sud-africaine de la Santé a plaidé lundi devant l'Assemblée mondiale de la "
            "santé, réunie à Genève, pour un partage des brevets. Son homologue indien a soutenu "
            "la demande. En septembre, le président ghanéen avait déjà porté ce message à "
            "l'assemblée générale de l'ONU, à New York. Dans la région, l'assemblée générale des "
            "actionnaires du laboratoire a été reportée, et l'assemblée plénière du Conseil "
            "régional a voté une aide aux soignants."
        ),
    ),
    "recu_sans_autre_mot": dict(
        title="Dakar et Paris resserrent leurs liens",
        published="2022-02-10",
        body=(
            "La présidente tanzanienne Samia Suluhu Hassan a été reçue mercredi à l'Elysée par "
            "Emmanuel Macron. Les deux dirigeants ont évoqué la sécurité maritime."
        ),
    ),
    "offices_sans_nom_au_sommet": dict(
        title="Berlin et Paris font front commun",
        published="2021-03-12",
        body=(
            "Emmanuel Macron et Angela Merkel ont défendu jeudi un plan commun pour l'industrie. "
            "Emmanuel Macron a rappelé que Vladimir Poutine restait un partenaire difficile. "
            "Sur ce dossier, le président et la chancelière ont montré la même fermeté que lors du "
            "sommet européen de Bruxelles, en décembre. Emmanuel Macron a ensuite regagné Paris."
        ),
    ),
    "serie_sujet_du_verbe": dict(
        title="Les Vingt se retrouvent au Japon",
        published="2019-06-27",
        body="Le G20 s'ouvre samedi à Osaka en présence de Donald Trump et Xi Jinping, sur fond de guerre commerciale.",
    ),
    "serie_puis_sommet": dict(
        title="Un dîner avant le sommet",
        published="2022-06-26",
        body=(
            "Olaf Scholz a reçu samedi Joe Biden à Elmau. Les deux dirigeants ont évoqué les "
            "dossiers qui seront abordés au cours du G7. L'Ukraine dominera ce sommet bavarois, où "
            "les membres du G7 doivent annoncer de nouvelles sanctions."
        ),
    ),
    "reunions_sans_autre_mot": dict(
        title="Ankara et Moscou cherchent un compromis",
        published="2019-11-20",
        body=(
            "Les ministres des Affaires étrangères russe et turc se sont réunis lundi à Moscou. "
            "Les ministres de la Défense de l'Otan se retrouveront jeudi à Bruxelles."
        ),
    ),
    "reunions_sans_diplomatie": dict(
        title="Les familles des soldats rassemblées",
        published="2019-11-20",
        body=(
            "Les familles des soldats, que le président Emmanuel Macron avait salués, se sont "
            "réunies lundi à Lyon. Le bureau du parti a exclu ses élus pro-Macron, et sa direction "
            "devra se réunir le 30 novembre pour confirmer leur départ."
        ),
    ),
    "visite_d_un_office_sans_nom": dict(
        title="Rome et Pékin, des liens anciens",
        published="2021-05-04",
        body=(
            "Lors de sa visite à Pékin en avril 2019, le président italien avait signé plusieurs "
            "accords. Lors de sa visite à Marseille en avril, le président français a inauguré un musée."
        ),
    ),
    "appels_entre_dirigeants": dict(
        title="Appels en série sur le Caucase",
        published="2021-10-05",
        body=(
            "Emmanuel Macron a téléphoné lundi à Vladimir Poutine pour évoquer le Caucase. "
            "Les présidents azerbaïdjanais et arménien ont eu mardi un entretien téléphonique. "
            "Le président a ensuite téléphoné à sa mère."
        ),
    ),
    "appels_aux_offices": dict(
        title="Félicitations au vainqueur",
        published="2022-08-20",
        body=(
            "Le président sud-africain Cyril Ramaphosa a téléphoné vendredi au président kényan "
            "William Ruto pour le féliciter de son élection. Le Premier ministre indien a téléphoné "
            "jeudi au Premier ministre srilankais pour évoquer la dette de l'île. Le ministre a "
            "ensuite téléphoné aux maires de la région. Mercredi, le Premier ministre japonais "
            "Fumio Kishida a téléphoné au chancelier allemand Olaf Scholz."
        ),
    ),
    "visite_avec_epouse_et_reine": dict(
        title="Le président argentin en Espagne",
        published="2022-11-14",
        body=(
            "Le président argentin Alberto Fernández entame lundi une visite d'État en Espagne, "
            "accompagné de son épouse Fabiola. Il sera reçu mardi au palais royal par le roi "
            "Felipe VI et la reine Letizia."
        ),
    ),
    "preparatifs_et_organisateurs": dict(
        title="Semaine diplomatique chargée",
        published="2021-10-04",
        body=(
            "La Cop26 s'ouvrira le 31 octobre à Glasgow. Une conférence de donateurs organisée par "
            "la Norvège et l'ONU s'est tenue en juin. Le président Emmanuel Macron a reçu lundi à l'Élysée le "
            "chancelier autrichien Alexander Schallenberg en vue du sommet de Ljubljana, prévu mercredi. "
            "Le gouvernement a adopté lundi le budget en Conseil des ministres."
        ),
    ),
    "sommet_prepare_vendredi": dict(
        title="La junte envoie un émissaire",
        published="2021-10-07",
        body="La junte a envoyé jeudi un émissaire au Niger en prévision du sommet de vendredi de la Cédéao.",
    ),
    "recu_apres_une_relative": dict(
        title="Xi Jinping en Islande",
        published="2024-11-12",
        body=(
            "Xi Jinping est arrivé dimanche en Islande. Le numéro un chinois, qui effectue depuis "
            "dimanche une visite d'État de trois jours, a été reçu lundi à Reykjavik par la présidente "
            "Halla Tómasdóttir."
        ),
    ),
    "recus_apres_leur_office": dict(
        title="Deux visites en Scandinavie",
        published="2022-05-03",
        body=(
            "Le Premier ministre indien Narendra Modi sera reçu jeudi à Copenhague par son homologue "
            "danoise Mette Frederiksen. La présidente chilienne Michelle Bachelet a été reçue lundi à "
            "Oslo par le roi Harald V."
        ),
    ),
    "lieux_d_autres_actes": dict(
        title="Une semaine de réunions",
        published="2019-03-05",
        body=(
            "Le Premier ministre canadien Justin Trudeau et le président finlandais Sauli Niinistö ont "
            "ouvert mardi le Forum économique de l'Arctique, à deux jours de l'inauguration du nouveau pont à Montréal. Le sommet "
            "extraordinaire de l'Union africaine sur le Soudan s'est ouvert lundi, avec des appels à "
            "accélérer les livraisons de vivres à Khartoum. Le président kazakh Kassym-Jomart Tokaïev assistera jeudi au sommet "
            "de l'Organisation de coopération de Shanghai à Bichkek. Il s'agit du troisième déplacement "
            "de la Première ministre depuis celui du 12 janvier à Turin pour un sommet franco-italien."
        ),
    ),
    "visite_commencee_a_l_arrivee": dict(
        title="William Ruto en Corée du Sud",
        published="2023-11-14",
        body=(
            "Le président kényan William Ruto effectue une visite d'État en Corée du Sud. M. Ruto est "
            "arrivé lundi à Séoul, accueilli par le Premier ministre Han Duck-soo."
        ),
    ),
    "rencontres_incertaines": dict(
        title="Pas de tête-à-tête prévu à Johannesburg",
        published="2023-08-22",
        body=(
            "Une rencontre entre le président brésilien Lula et le Premier ministre indien Narendra "
            "Modi, à Johannesburg, n'est pas exclue, selon un diplomate. Une rencontre bilatérale avec "
            "le président chinois Xi Jinping n'était toujours pas confirmée mardi. Le président "
            "ukrainien s'est dit prêt mardi à rencontrer le président sud-africain Cyril Ramaphosa."
        ),
    ),
    "recus_apres_une_relative_et_tour_a_tour": dict(
        title="Une semaine de visites",
        published="2023-01-17",
        body=(
            "Le Premier ministre portugais António Costa, qui participe mardi au Forum de Davos, doit "
            "être reçu mercredi à Berlin par le chancelier Olaf Scholz. Shehbaz Sharif, qui effectue "
            "depuis lundi une visite officielle en Chine, a été reçu mardi à Pékin par Xi Jinping. Le "
            "ministre chinois Wang Yi doit s'entretenir jeudi à Paris avec son homologue Catherine "
            "Colonna, puis avec le président Emmanuel Macron."
        ),
    ),
    "sommet_d_un_corps_nomme_par_une_ville": dict(
        title="Astana prépare le rendez-vous de juillet",
        published="2024-06-20",
        body=(
            "Le président kazakh accueillera en juillet le sommet de l'Organisation de coopération "
            "de Shanghai. Le Premier ministre chinois se rendra ensuite au Forum de Davos d'été."
        ),
    ),
    "recu_puis_promesse_future": dict(
        title="Rome et New Delhi resserrent leurs liens",
        published="2024-03-12",
        body=(
            "Le ministre indien des Affaires étrangères a été reçu mardi à Rome par son homologue "
            "italien Antonio Tajani, qui a promis une réponse commune le mois prochain."
        ),
    ),
    "sommet_tenu_entre_deux_dirigeants": dict(
        title="Pyongyang désespère",
        published="2021-06-15",
        body=(
            "Les négociations sont au point mort, trois ans après un sommet historique entre Kim Jong "
            "Un et Donald Trump, a estimé mardi le ministre nord-coréen. Un sommet entre Vladimir "
            "Poutine et Volodymyr Zelensky n'est pas exclu, a jugé le président turc."
        ),
    ),
    "sommets_annules": dict(
        title="Le sommet de l'Asean à Bangkok annulé en raison de l'épidémie",
        published="2020-03-10",
        body=(
            "La visite du Premier ministre japonais à Pékin, prévue en avril, a été annulée. Le sommet "
            "de l'Union africaine n'a pas été annulé et se tiendra en juillet à Niamey."
        ),
    ),
    "dirigeant_absent": dict(
        title="Lavrov à New Delhi",
        published="2023-08-30",
        body=(
            "Le ministre russe des Affaires étrangères Sergueï Lavrov représentera la Russie au sommet "
            "du G20 à New Delhi. Vladimir Poutine ne se rendra pas au sommet, a indiqué le Kremlin."
        ),
    ),
    "entretiens_diffuses": dict(
        title="Le président défend son bilan à la télévision",
        published="2021-03-01",
        body=(
            "Dans un entretien diffusé dimanche sur une chaîne américaine, Joe Biden a défendu son "
            "bilan face à la Chine. Lors d'un entretien retransmis lundi, le président ukrainien a "
            "demandé des armes à l'Allemagne."
        ),
    ),
    "sommet_sans_rien_de_precis": dict(
        title="Le maire de Tulle sort de l'Élysée inquiet",
        published="2019-01-17",
        body=(
            "Pour le maire de Tulle, venu écouter le président de la République à l'Élysée, la "
            "colère oppose la base de la société à son prétendu sommet, coupé du pays réel."
        ),
    ),
    "conference_d_un_fonds_mondial": dict(
        title="Lyon se prépare pour la conférence sur le sida",
        published="2019-05-15",
        body=(
            "La France accueillera le 10 octobre à Lyon la conférence du Fonds mondial, qui doit "
            "réunir les contributions des États donateurs. Les associations demandent au "
            "gouvernement de s'engager davantage."
        ),
    ),
    "residence_d_ete_et_sujet": dict(
        title="Le chancelier autrichien reçu au fort de Brégançon",
        published="2024-08-09",  # Friday
        body=(
            "Emmanuel Macron a reçu jeudi le chancelier autrichien Karl Nehammer au fort de "
            "Brégançon. Le président et le chancelier ont dîné ensemble avant de s'entretenir de "
            "l'Ukraine."
        ),
    ),
    "epouse_du_meme_nom": dict(
        title="Le président américain en visite d'État à Londres",
        published="2019-06-03",  # Monday
        body=(
            "Donald Trump est arrivé lundi à Londres pour une visite d'État de trois jours, "
            "accompagné de son épouse Melania Trump. M. Trump s'entretiendra mardi avec la Première "
            "ministre Theresa May."
        ),
    ),
    "noms_par_adjectif_ou_theme": dict(
        title="Un ministre belge à Davos",
        published="2023-01-20",  # Friday
        body=(
            "Le ministre belge des Finances a pris la parole mercredi au forum économique de Davos, "
            "en Suisse, devant des patrons du monde entier. Il y a plaidé pour une taxe sur les "
            "transactions. L'an dernier, une militante canadienne de 17 ans avait interpellé les "
            "dirigeants au sommet sur le climat de l'ONU, à New York."
        ),
    ),
}

# --------------------------------------------------------------------------------------------
# what an analyst annotates (same keys as test_documents_fr_afp: type, edition, start, end,
# status, city, country exact; persons, countries ⊆ found; no_persons, no_countries none found)

TOKAYEV, XI, PUTIN, ERDOGAN = "Kassym-Jomart Tokayev", "Xi Jinping", "Vladimir Putin", "Recep Tayyip Erdoğan"
MACRON, BIDEN, SCHOLZ, LULA = "Emmanuel Macron", "Joe Biden", "Olaf Scholz", "Luiz Inácio Lula da Silva"
WANG_YI, LAVROV, ZELENSKY, ORBAN = "Wang Yi", "Sergey Lavrov", "Volodymyr Zelensky", "Viktor Orbán"

EXPECTED: dict[str, dict] = {
    "reunion_a_trois": dict(
        counts={"MEETING": 1},
        events={
            "talks": dict(type="MEETING", start="2025-02-11", end="2025-02-11", status="future",
                          persons={"Emmanuel Macron", "Olaf Scholz", "Donald Tusk"},
                          countries={"FR", "DE", "PL"}),
        }),
    "visite_en_cours_depuis_mardi": dict(
        counts={"VISIT": 1, "MEETING": 1},
        events={
            "visit": dict(type="VISIT", start="2025-03-04", end="2025-03-08", status="ongoing", country="JP",
                          persons={"Gabriel Boric"}, countries={"CL", "JP"}),
        }),
    "sommet_de_la_serie_par_dont": dict(
        counts={"MEETING": 1, "SUMMIT": 1},
        events={
            "talks": dict(type="MEETING", start="2025-03-17", end="2025-03-17", status="past", city="Rome",
                          country="IT", persons={"Shigeru Ishiba", "Giorgia Meloni"}, countries={"JP", "IT"}),
            "summit": dict(type="SUMMIT", start="2025-06-10", end="2025-06-12", status="future",
                           city="Hiroshima", country="JP", no_persons={"Giorgia Meloni"}),
        }),
    "semaine_prochaine_puis_jours": dict(
        counts={"VISIT": 1},
        events={
            "visit": dict(type="VISIT", start="2025-04-08", end="2025-04-09", status="future", country="JP",
                          persons={"Friedrich Merz"}, countries={"DE", "JP"}),
        }),
    "entretien_du_jour_du_sommet": dict(
        counts={"SUMMIT": 1, "MEETING": 1},
        events={
            "summit": dict(type="SUMMIT", start="2025-02-15", end="2025-02-16", status="past",
                           city="Addis Ababa", country="ET"),
            "talks": dict(type="MEETING", start="2025-02-16", end="2025-02-16", status="past",
                          city="Addis Ababa", country="ET", persons={"William Ruto", "Cyril Ramaphosa"},
                          countries={"KE", "ZA"}),
        }),
    "participe_reunis_en_tete": dict(
        counts={"MEETING": 1},
        events={
            "talks": dict(type="MEETING", start="2024-04-23", end="2024-04-23", status="past", city="Baghdad",
                          country="IQ", persons={"Recep Tayyip Erdoğan"}, countries={"TR", "IQ"}),
        }),
    "controle_judiciaire_interdiction": dict(counts={"MEETING": 0}, events={}),
    "tournee_trois_pays": dict(
        counts={"VISIT": 3},
        events={
            "kenya": dict(type="VISIT", status="future", country="KE", persons={"Prabowo Subianto"},
                          countries={"ID", "KE"}, no_countries={"TZ", "ET"}),
            "tanzania": dict(type="VISIT", status="future", country="TZ", persons={"Prabowo Subianto"},
                             countries={"ID", "TZ"}, no_countries={"KE", "ET"}),
            "ethiopia": dict(type="VISIT", status="future", country="ET", persons={"Prabowo Subianto"},
                             countries={"ID", "ET"}, no_countries={"KE", "TZ"}),
        }),
    "lula_japon_annonce": dict(
        counts={"VISIT": 1, "MEETING": 2, "SUMMIT": 1},
        events={
            "visit": dict(type="VISIT", start="2025-03-24", end="2025-03-27", status="future",
                          country="JP", persons={LULA}, countries={"BR", "JP"}),
            "ishiba": dict(type="MEETING", start="2025-03-25", end="2025-03-25", status="future",
                           city="Tokyo", country="JP", persons={LULA, "Shigeru Ishiba"},
                           countries={"BR", "JP"}),
            "emperor": dict(type="MEETING", status="future", persons={LULA, "Naruhito"}),
            "g7": dict(type="SUMMIT", start="2023-05", status="past", city="Hiroshima", country="JP",
                       persons={LULA}),
        }),
    "xinhua_moscou_wang_lavrov": dict(
        counts={"MEETING": 2},
        events={
            # the place is only in the dateline ("MOSCOU, 4 juin (Xinhua) --")
            "lavrov": dict(type="MEETING", start="2024-06-03", end="2024-06-03", status="past",
                           city="Moscow", country="RU", persons={WANG_YI, LAVROV},
                           countries={"CN", "RU"}, no_countries={"AF"}),
            "putin": dict(type="MEETING", start="2024-06-04", status="future",
                          persons={WANG_YI, PUTIN}, countries={"CN", "RU"}),
        }),
    "lula_lisbonne_reunion_brasilia": dict(
        counts={"MEETING": 1},
        events={
            "lisbon": dict(type="MEETING", start="2025-04-04", end="2025-04-04", status="future",
                           city="Lisbon", country="PT", persons={"Luiz Inácio Lula da Silva", "Marcelo Rebelo de Sousa"},
                           countries={"BR", "PT"},
                           no_persons={"Fernando Haddad", "Simone Tebet", "Wellington Dias"}),
        }),
    "scholz_journee_varsovie": dict(
        counts={"MEETING": 1},
        events={
            "tusk": dict(type="MEETING", status="future", persons={"Olaf Scholz", "Donald Tusk"},
                         countries={"DE", "PL"}, no_persons={"Ottilie Brandauer"}),
        }),
    "carney_dejeuner_rome": dict(
        counts={"MEETING": 1},
        events={
            "lunch": dict(type="MEETING", start="2025-05-20", end="2025-05-20", status="future",
                          city="Rome", country="IT", persons={"Mark Carney", "Giorgia Meloni"},
                          countries={"CA", "IT"}),
        }),
    "lee_visite_washington": dict(
        counts={"VISIT": 1},
        events={
            "visit": dict(type="VISIT", start="2025-08-24", end="2025-08-25", status="future",
                          city="Washington", country="US", countries={"KR", "US"},
                          no_persons={"George Washington"}),
        }),
    "macron_modi_constructeur": dict(
        counts={"MEETING": 1},
        events={
            "call": dict(type="MEETING", start="2023-03-14", end="2023-03-14", status="past", city=None,
                         persons={"Emmanuel Macron", "Narendra Modi"}, countries={"FR", "IN"}),
        }),
    "ramaphosa_visite_washington": dict(
        counts={"VISIT": 1, "MEETING": 1},
        events={
            "visit": dict(type="VISIT", start="2025-05-19", city="Washington", country="US",
                          persons={"Cyril Ramaphosa"}, countries={"US", "ZA"}),
            "talks": dict(type="MEETING", start="2025-05-20", end="2025-05-20", status="future",
                          city="Washington", country="US", persons={"Cyril Ramaphosa", "Donald Trump"},
                          countries={"US", "ZA"}, no_persons={"Abraham Lincoln"}),
        }),
    "bayrou_elysee_dejeuner": dict(
        counts={"MEETING": 1},
        events={
            "barrot": dict(type="MEETING", start="2025-01-14", end="2025-01-14", status="future", city="Paris",
                           country="FR", persons={"Jean-Noël Barrot"}, countries={"FR", "SA"}),
        }),
    "samia_paris_cette_semaine": dict(
        counts={"MEETING": 1},
        events={
            "talks": dict(type="MEETING", status="past", city="Paris", country="FR",
                          persons={"Samia Suluhu Hassan", "Emmanuel Macron"}, countries={"FR", "TZ"}),
        }),
    "apec_presidents_offices": dict(
        counts={"SUMMIT": 1, "MEETING": 1},
        events={
            "apec": dict(type="SUMMIT", start="2017-11", status="future", city="Da Nang", country="VN",
                         persons={"Donald Trump", "Vladimir Putin"}, countries={"RU", "US"}),
        }),
    "annulation_et_reprises": dict(
        counts={"MEETING": 1},
        events={
            "borne": dict(type="MEETING", start="2023-06-07", end="2023-06-07", status="future", city="Paris",
                          country="FR", persons={"Élisabeth Borne", "Najla Bouden"}, countries={"FR", "TN"}),
        }),
    "unga_minuscules": dict(
        counts={"FORUM": 1},
        events={
            "unga": dict(type="FORUM", start="2023-09-19", city="New York City", country="US",
                         persons={"Luiz Inácio Lula da Silva"}),
        }),
    "sommets_adjectifs": dict(
        counts={"SUMMIT": 2},
        events={
            "brussels": dict(type="SUMMIT", start="2024-06", status="past", city="Brussels", country="BE"),
            "madrid": dict(type="SUMMIT", start="2024-11", status="future", city="Madrid", country="ES"),
        }),
    "ishiba_pour_rencontrer": dict(
        counts={"MEETING": 1},
        events={
            "talks": dict(type="MEETING", start="2025-02-07", end="2025-02-07", status="past", city="Washington",
                          country="US", persons={"Shigeru Ishiba", "Donald Trump"}, countries={"JP", "US"}),
        }),
    "wang_yi_etapes_afrique": dict(
        counts={"MEETING": 3, "SUMMIT": 1},
        events={
            "abuja": dict(type="MEETING", start="2025-01-09", end="2025-01-09", status="past",
                          city="Abuja", country="NG", persons={WANG_YI, "Yusuf Tuggar"},
                          countries={"CN", "NG"}),
            "windhoek": dict(type="MEETING", start="2025-01-06", end="2025-01-06", status="past",
                             city="Windhoek", country="NA", persons={WANG_YI, "Netumbo Nandi-Ndaitwah"},
                             countries={"CN", "NA"}),
            "brazzaville": dict(type="MEETING", start="2025-01-07", end="2025-01-07", status="past",
                                city="Brazzaville", country="CG",
                                persons={WANG_YI, "Denis Sassou Nguesso"}, countries={"CN", "CG"}),
            "focac": dict(type="SUMMIT", start="2024-09", status="past", city="Beijing", country="CN"),
        }),
    "appel_erdogan_zelensky": dict(
        counts={"MEETING": 2},
        events={
            "call": dict(type="MEETING", start="2024-09-18", end="2024-09-18", status="past", city=None,
                         country=None, persons={ERDOGAN, ZELENSKY}, countries={"TR", "UA"},
                         no_persons={"Sinan Ülgen"}, no_countries={"RU"}),
            "march": dict(type="MEETING", start="2024-03-08", end="2024-03-08", status="past",
                          city="Istanbul", country="TR", persons={ERDOGAN, ZELENSKY}),
        }),
    "brics_sommet_video": dict(
        counts={"SUMMIT": 2},
        events={
            "video": dict(type="SUMMIT", start="2023-11-21", end="2023-11-21", status="past", city=None,
                          country=None, persons={"Cyril Ramaphosa", XI, PUTIN, LULA},
                          countries={"ZA", "CN", "RU", "BR"}, no_countries={"IL"}),
            "kazan": dict(type="SUMMIT", start="2024-10", status="future", city="Kazan", country="RU"),
        }),
    "g20_rio_participants": dict(
        counts={"SUMMIT": 2, "MEETING": 1},
        events={
            "summit": dict(type="SUMMIT", start="2024-11-18", end="2024-11-19", status="past",
                           city="Rio de Janeiro", country="BR",
                           persons={LULA, BIDEN, XI, "Narendra Modi", SCHOLZ, LAVROV},
                           countries={"BR", "US", "CN", "IN", "DE", "RU"}, no_persons={PUTIN},
                           no_countries={"UA"}),
            "milei": dict(type="MEETING", start="2024-11-18", end="2024-11-18", status="past",
                          city="Rio de Janeiro", country="BR", persons={MACRON, "Javier Milei"},
                          countries={"FR", "AR"}),
            "next": dict(type="SUMMIT", start="2025-11", status="future", city="Johannesburg",
                         country="ZA"),
        }),
    "otan_ministres_bruxelles": dict(
        counts={"MEETING": 1},
        events={
            "ministerial": dict(type="MEETING", start="2024-12-04", end="2024-12-05", status="ongoing",
                                city="Brussels", country="BE",
                                persons={"Mark Rutte", "Antony Blinken", "Andriï Sybiha"},
                                countries={"US", "UA"}, no_persons={"Annelies Verlinden"}),
        }),
    "ag_onu_en_marge": dict(
        counts={"MEETING": 2, "FORUM": 1},
        events={
            "kishida": dict(type="MEETING", start="2023-09-20", end="2023-09-20", status="past",
                            city="New York City", country="US", persons={"Fumio Kishida", ZELENSKY},
                            countries={"JP", "UA"}),
            "lula": dict(type="MEETING", start="2023-09-20", end="2023-09-20", status="past",
                         persons={ZELENSKY, LULA}, countries={"UA", "BR"}, no_countries={"RU"}),
            "unga": dict(type="FORUM", edition=78, start="2023-09-19", end="2023-09-26",
                         status="ongoing", city="New York City", country="US"),
        }),
    "poutine_chine_accords": dict(
        counts={"VISIT": 1, "MEETING": 1, "FORUM": 1},
        events={
            "visit": dict(type="VISIT", start="2024-05-16", end="2024-05-17", status="past",
                          country="CN", persons={PUTIN}, countries={"RU", "CN"}),
            "talks": dict(type="MEETING", start="2024-05-16", end="2024-05-16", status="past",
                          city="Beijing", country="CN", persons={PUTIN, XI}, countries={"RU", "CN"}),
            "expo": dict(type="FORUM", edition=8, start=None, end="2024-05-21", status="ongoing",
                         city="Harbin", country="CN", persons={PUTIN}),
        }),
    "forum_boao": dict(
        counts={"FORUM": 1, "MEETING": 1},
        events={
            "forum": dict(type="FORUM", start="2025-03-25", end="2025-03-28", status="ongoing",
                          city="Boao", country="CN", persons={"Zhao Leji", "Anwar Ibrahim"},
                          countries={"CN", "MY"}),
            "talks": dict(type="MEETING", start="2025-03-27", end="2025-03-27", status="past",
                          city="Boao", country="CN", persons={"Zhao Leji", "Anwar Ibrahim"},
                          countries={"CN", "MY"}),
        }),
    "davos_li_qiang": dict(
        counts={"FORUM": 1, "MEETING": 1},
        events={
            "wef": dict(type="FORUM", edition=54, start="2024-01-15", end="2024-01-19",
                        status="ongoing", city="Davos", country="CH", persons={"Li Qiang", ZELENSKY},
                        countries={"CN", "UA"}),
            "bern": dict(type="MEETING", start="2024-01-15", end="2024-01-15", status="past",
                         city="Bern", country="CH", persons={"Li Qiang", "Viola Amherd"},
                         countries={"CN", "CH"}),
        }),
    "visite_reportee_steinmeier": dict(
        # the postponed visit is scheduled (new dates); the cancelled one is no event
        counts={"VISIT": 1, "MEETING": 1},
        events={
            "visit": dict(type="VISIT", start="2024-10-14", end="2024-10-16", status="future",
                          country="KE", persons={"Frank-Walter Steinmeier"}, countries={"DE", "KE"},
                          no_persons={"Annalena Baerbock"}),
            "ruto": dict(type="MEETING", status="future", city="Nairobi", country="KE",
                         persons={"Frank-Walter Steinmeier", "William Ruto"}, countries={"DE", "KE"}),
        }),
    "san_francisco_rappel_bali": dict(
        counts={"MEETING": 2, "SUMMIT": 2, "VISIT": 1},
        events={
            "talks": dict(type="MEETING", start="2023-11-15", end="2023-11-15", status="future",
                          city="San Francisco", country="US", persons={XI, BIDEN},
                          countries={"CN", "US"}),
            "apec": dict(type="SUMMIT", start="2023-11-15", status="future", city="San Francisco",
                         country="US"),
            "bali": dict(type="MEETING", start="2022-11", status="past", country="ID",
                         persons={XI, BIDEN}),
            "g20": dict(type="SUMMIT", start="2022-11", status="past", country="ID"),
            "wang": dict(type="VISIT", start="2023-10", status="past", city="Washington", country="US",
                         persons={WANG_YI}, countries={"CN", "US"}),
        }),
    "xi_vietnam_modaux": dict(
        counts={"VISIT": 1, "MEETING": 2},
        events={
            "visit": dict(type="VISIT", start="2025-04-14", end="2025-04-15", status="future",
                          country="VN", persons={XI}, countries={"CN", "VN"}),
            "to_lam": dict(type="MEETING", status="future", city="Hanoi", country="VN",
                           persons={XI, "Tô Lâm"}, countries={"CN", "VN"}),
            "pham": dict(type="MEETING", status="future", persons={XI, "Phạm Minh Chính"}),
        }),
    "vientiane_offices": dict(
        counts={"MEETING": 3},
        events={
            "blinken": dict(type="MEETING", start="2024-07-26", end="2024-07-26", status="past",
                            city="Vientiane", country="LA", persons={WANG_YI, "Antony Blinken"},
                            countries={"CN", "US"}),
            "russia": dict(type="MEETING", start="2024-07-25", end="2024-07-25", status="past",
                           persons={WANG_YI}, countries={"CN", "RU"}),
            "asean": dict(type="MEETING", end="2024-07-27", status="ongoing", city="Vientiane",
                          country="LA", persons={"Saleumxay Kommasith"}, countries={"LA"}),
        }),
    "riyad_negatifs": dict(
        counts={"MEETING": 1, "SUMMIT": 1},
        events={
            "talks": dict(type="MEETING", start="2024-10-14", end="2024-10-14", status="past",
                          city="Riyadh", country="SA", persons={"Mohammed bin Salman", "Abdel Fattah el-Sisi"},
                          countries={"SA", "EG"}, no_countries={"LB"}),
            "summit2023": dict(type="SUMMIT", start="2023-11-11", end="2023-11-11", status="past",
                               city="Riyadh", country="SA",
                               persons={"Mohammed bin Salman", "Abdel Fattah el-Sisi"},
                               countries={"SA", "EG"}),
        }),
    "orban_dates_relatives": dict(
        counts={"MEETING": 5},
        events={
            "trump": dict(type="MEETING", start="2024-07-11", end="2024-07-11", status="past",
                          country="US", persons={ORBAN, "Donald Trump"}, countries={"HU", "US"}),
            "xi": dict(type="MEETING", start="2024-07-08", end="2024-07-08", status="past",
                       city="Beijing", country="CN", persons={ORBAN, XI}, countries={"HU", "CN"}),
            "putin": dict(type="MEETING", start="2024-07-05", end="2024-07-05", status="past",
                          city="Moscow", country="RU", persons={ORBAN, PUTIN}, countries={"HU", "RU"}),
            "zelensky": dict(type="MEETING", status="past", city="Kyiv", country="UA",
                             persons={ORBAN, ZELENSKY}, countries={"HU", "UA"}),
            "michel": dict(type="MEETING", start="2024-07-18", end="2024-07-18", status="future",
                           city="Brussels", country="BE", persons={ORBAN, "Charles Michel"},
                           countries={"HU"}),
        }),
    "astana_xinhua_ocs": dict(
        counts={"VISIT": 1, "SUMMIT": 1, "MEETING": 1},
        events={
            "visit": dict(type="VISIT", edition=None, start="2024-07-02", status="ongoing",
                          city="Astana", country="KZ", persons={XI}, countries={"CN", "KZ"}),
            "sco": dict(type="SUMMIT", edition=24, start="2024-07-03", end="2024-07-04",
                        status="future", city="Astana", country="KZ", persons={XI}, countries={"CN"}),
            "tokayev": dict(type="MEETING", start="2024-07-03", end="2024-07-03", status="future",
                            persons={XI, TOKAYEV}, countries={"CN", "KZ"}),
        }),
    "focac_xinhua_pekin": dict(
        counts={"SUMMIT": 2, "MEETING": 1},
        events={
            "summit": dict(type="SUMMIT", start="2024-09-05", end="2024-09-06", status="ongoing",
                           city="Beijing", country="CN",
                           persons={XI, "Bassirou Diomaye Faye", "William Ruto", "António Guterres"},
                           countries={"CN", "SN", "KE"}),
            "tinubu": dict(type="MEETING", start="2024-09-04", end="2024-09-04", status="past",
                           persons={XI, "Bola Tinubu"}, countries={"CN", "NG"}),
            "summit2018": dict(type="SUMMIT", start="2018", status="past", city="Beijing",
                               country="CN"),
        }),
    "lemonde_xi_france": dict(
        counts={"VISIT": 1, "MEETING": 2},
        events={
            "visit": dict(type="VISIT", start="2024-05-06", end="2024-05-07", status="past",
                          country="FR", persons={XI}, countries={"CN", "FR"},
                          no_persons={"François Godement"}),
            "talks": dict(type="MEETING", start="2024-05-06", end="2024-05-06", status="past",
                          city="Paris", country="FR", persons={MACRON, XI, "Ursula von der Leyen"},
                          countries={"FR", "CN"}, no_countries={"UA"}),
            "belgrade": dict(type="MEETING", start="2024-05-08", end="2024-05-08", status="future",
                             city="Belgrade", country="RS", persons={XI, "Aleksandar Vučić"},
                             countries={"CN", "RS"}),
        }),
    "g20_osaka_arrivee": dict(
        counts={"SUMMIT": 3, "MEETING": 1},
        events={
            # a leaders' club named by its host city stands for its summit; the arrival day opens it
            "osaka": dict(type="SUMMIT", start="2019-06-27", city="Osaka", country="JP",
                          persons={"Justin Trudeau"}),
            # "où il doit s'entretenir": the pronoun is the sentence's subject, the place Osaka
            "xi": dict(type="MEETING", start="2019-06-27", city="Osaka", country="JP",
                       persons={"Justin Trudeau", XI}, countries={"CA", "CN"}),
            "buenos_aires": dict(type="SUMMIT", start="2018", status="past", city="Buenos Aires",
                                 country="AR"),
            "biarritz": dict(type="SUMMIT", start="2019-08", status="future", city="Biarritz",
                             country="FR"),
        }),
    "g7_participera_entrevue": dict(
        counts={"SUMMIT": 1, "MEETING": 1},
        events={
            # "participera au G7 organisé en Cornouailles": the club stands for its summit
            "g7": dict(type="SUMMIT", start="2021-06-11", end="2021-06-13", status="future",
                       persons={"Narendra Modi"}),
            # "leur entrevue": the pair the sentence before names, though as many talks
            "march": dict(type="MEETING", start="2021-03", status="past",
                          persons={"Xi Jinping", PUTIN}, countries={"CN", "RU"}),
        }),
    "ue_reunis_sommet_virtuel": dict(
        counts={"SUMMIT": 1},
        events={
            # "se sont réunis … Le sommet virtuel": the gathering is the summit pointed at
            "june": dict(type="SUMMIT", start="2020-06-19", status="past", no_countries={"BE"}),
        }),
    "deplacement_londres_cette_visite": dict(
        counts={"VISIT": 2},
        events={
            # "se rendra jeudi à Londres … Cette visite": the trip of the lead, sentences later
            "london": dict(type="VISIT", start="2022-10-06", status="future", city="London",
                           country="GB", persons={"Marcelo Rebelo de Sousa"}, countries={"GB", "PT"}),
            # a visit of another year, though described by its visitor, is another one
            "earlier": dict(type="VISIT", start="2010", status="past", country="GB",
                            persons={"Aníbal Cavaco Silva"}),
        }),
    "titre_sommet_chapeau": dict(
        counts={"SUMMIT": 1},
        events={
            # the headline names the summit, the lead below it dates and places it
            "vilnius": dict(type="SUMMIT", start="2023-07-11", city="Vilnius", country="LT"),
        }),
    "salutations_transmises": dict(
        counts={"MEETING": 1},
        events={
            # whose greetings are passed on is not at the talks
            "barrot": dict(type="MEETING", start="2025-02-10", city="Paris",
                           persons={WANG_YI, "Jean-Noël Barrot"}, no_persons={XI}),
        }),
    "visite_berlin_apres_rome": dict(
        counts={"VISIT": 2, "MEETING": 1},
        events={
            # "sa visite à Rome": the possessive is the subject told before; the visit of March,
            # told as past and dated months before, is not "cette visite" nor the one "achèvera"
            # ends; a bound ("avant le 30 juin") dates nothing
            "rome": dict(type="VISIT", start="2023-03-03", status="past", city="Rome", country="IT",
                         persons={"Pedro Sánchez"}, no_persons={SCHOLZ}),
            # arrived the day of writing, its end to come: under way
            "berlin": dict(type="VISIT", start="2023-06-15", status="ongoing", city="Berlin",
                           country="DE", persons={"Pedro Sánchez"}),
            "scholz": dict(type="MEETING", start=None, status="future", persons={"Pedro Sánchez", SCHOLZ},
                           no_countries={"IT"}),
        }),
    "chancelier_societe_civile": dict(counts={"SUMMIT": 1}, events={}),
    "rencontres_sans_diplomatie": dict(counts={"MEETING": 0}, events={}),
    "chapeau_deux_dirigeants": dict(
        counts={"MEETING": 1},
        events={
            # a lead naming two leaders on a day tells the undated talks told after it; talks
            # with someone else the day before are others; a possibility is no meeting
            "talks": dict(type="MEETING", start="2022-09-15", status="past",
                          persons={"Pedro Sánchez", "António Costa"}, countries={"ES", "PT"},
                          no_persons={"Ricardo Diniz"}),
        }),
    "visite_outre_mer": dict(counts={"VISIT": 0}, events={}),
    "lieux_des_autres_actes": dict(
        counts={"MEETING": 1},
        events={
            # the place of an act told in an adverbial clause ("après avoir visité Varanasi",
            # "avant de rentrer à Tokyo") is not the talks' venue
            "delhi": dict(type="MEETING", start="2023-03-20", city="New Delhi", country="IN",
                          persons={"Narendra Modi", "Fumio Kishida"}),
        }),
    "assemblees_des_organisations": dict(
        counts={"FORUM": 2},
        events={
            # the assembly of a world body is a gathering of states, whatever verb tells it
            "wha": dict(type="FORUM", name="Assemblée mondiale de la santé", start="2021-05-24",
                        city="Geneva", country="CH"),
            "unga": dict(type="FORUM", name="assemblée générale de l'ONU", start="2020-09",
                         city="New York City", country="US", countries={"GH"}),
        }),
    "conference_d_un_fonds_mondial": dict(
        counts={"FORUM": 1},
        events={
            # an international body named as the host (the alias table's organisations) makes a
            # conference held in one country international
            "fund": dict(type="FORUM", start="2019-10-10", status="future", city="Lyon", country="FR"),
        }),
    "residence_d_ete_et_sujet": dict(
        counts={"MEETING": 1},
        events={
            # a head of state's residence stands for its town (resources/landmarks.json); a
            # country talked about ("s'entretenir de l'Ukraine") is no party
            "talks": dict(type="MEETING", start="2024-08-08", city="Bormes-les-Mimosas", country="FR",
                          persons={"Emmanuel Macron", "Karl Nehammer"}, countries={"AT", "FR"},
                          no_countries={"UA"}),
        }),
    "epouse_du_meme_nom": dict(
        counts={"VISIT": 1, "MEETING": 1},
        events={
            # a spouse of the same family name is her own person, and "M. Trump" stays the
            # person the alias table knows by that name
            "visit": dict(type="VISIT", start="2019-06-03", end="2019-06-05", city="London",
                          persons={"Donald Trump", "Melania Trump"}),
            "talks": dict(type="MEETING", start="2019-06-04", status="future",
                          persons={"Donald Trump", "Theresa May"}, no_persons={"Melania Trump"}),
        }),
    # a summit with no name, no date and no one or no body at it is nothing one can point at
    "sommet_sans_rien_de_precis": dict(counts={"SUMMIT": 0}, events={}),
    "recu_sans_autre_mot": dict(
        counts={"MEETING": 1},
        events={
            # a passive of "recevoir" in a text with no other event word is talks
            "talks": dict(type="MEETING", start="2022-02-09", status="past", city="Paris",
                          persons={"Samia Suluhu Hassan", "Emmanuel Macron"}, countries={"FR", "TZ"}),
        }),
    "offices_sans_nom_au_sommet": dict(
        counts={"SUMMIT": 1},
        events={
            # offices named without a name stand for the persons who held them as the text was
            # written (a table of terms), the president being the one the text names most; the
            # "que" of a comparison is no reported speech
            "bruxelles": dict(type="SUMMIT", city="Brussels", start="2020-12", status="past",
                              persons={"Emmanuel Macron", "Angela Merkel"}, countries={"DE", "FR"},
                              no_persons={"Vladimir Putin"}),
        }),
    "serie_sujet_du_verbe": dict(
        counts={"SUMMIT": 1},
        events={
            # a series named as the subject of a verb of opening or holding is its gathering
            "g20": dict(type="SUMMIT", start="2019-06-29", city="Osaka", country="JP",
                        persons={"Donald Trump", "Xi Jinping"}),
        }),
    "serie_puis_sommet": dict(
        counts={"SUMMIT": 1, "MEETING": 1},
        events={
            # a series' bare name and a summit where that series' body is named: one event
            "g7": dict(type="SUMMIT", status="future"),
        }),
    "reunions_sans_autre_mot": dict(
        counts={"MEETING": 2},
        events={
            # a reflexive verb of gathering goes to the parser in a text with no other event word
            "moscou": dict(type="MEETING", start="2019-11-18", status="past", city="Moscow",
                           countries={"RU", "TR"}),
            # the members of an international body gathering, with a date or a place
            "otan": dict(type="MEETING", start="2019-11-21", status="future", city="Brussels"),
        }),
    "reunions_sans_diplomatie": dict(counts={"MEETING": 0}, events={}),
    "visite_d_un_office_sans_nom": dict(
        counts={"VISIT": 1},
        events={
            # an office given by its country is a visitor: abroad, a visit; at home, none
            "pekin": dict(type="VISIT", start="2019-04", status="past", city="Beijing", country="CN",
                          countries={"CN", "IT"}),
        }),
    "appels_entre_dirigeants": dict(
        counts={"MEETING": 2},
        events={
            # "téléphoner à" someone is a call, whatever the tagger calls the participle
            "macron": dict(type="MEETING", start="2021-10-04", status="past", city=None,
                           persons={"Emmanuel Macron", "Vladimir Putin"}, countries={"FR", "RU"}),
            # two offices given by their countries, a day and a call: specific with no venue
            "caucase": dict(type="MEETING", start="2021-10-05", countries={"AM", "AZ"}),
        }),
    "appels_aux_offices": dict(
        counts={"MEETING": 3},
        events={
            # "téléphoner au / aux" is "téléphoner à": the one called is someone whatever the
            # parser hangs on whom, and "srilankais" is written with or without its hyphen
            "ruto": dict(type="MEETING", start="2022-08-19", status="past",
                         persons={"Cyril Ramaphosa", "William Ruto"}, countries={"KE", "ZA"}),
            "inde": dict(type="MEETING", start="2022-08-18", countries={"IN", "LK"}),
            "kishida": dict(type="MEETING", start="2022-08-17",
                            persons={"Fumio Kishida", "Olaf Scholz"}, countries={"DE", "JP"}),
        }),
    "visite_avec_epouse_et_reine": dict(
        counts={"VISIT": 1, "MEETING": 1},
        events={
            # a given name alone is someone's when a kin word or a title stands before it
            "visite": dict(type="VISIT", start="2022-11-14", countries={"AR", "ES"},
                           persons={"Alberto Fernández", "Fabiola"}),
            "palais": dict(type="MEETING", start="2022-11-15", status="future",
                           persons={"Alberto Fernández", "Felipe VI", "Letizia"}),
        }),
    "preparatifs_et_organisateurs": dict(
        counts={"FORUM": 2, "MEETING": 1, "SUMMIT": 1},
        events={
            # "Cop26" as AFP writes it is the COP of that number
            "cop": dict(type="FORUM", name="Cop26", edition=26, start="2021-10-31", city="Glasgow"),
            # an indefinite conference with a date and the state that organised it is one event
            "donateurs": dict(type="FORUM", start="2021-06", status="past", countries={"NO"}),
            "elysee": dict(type="MEETING", start="2021-10-04", status="past", city="Paris",
                           persons={"Emmanuel Macron", "Alexander Schallenberg"}),
            # the summit the talks prepare: neither their day, their seat nor their people
            "ljubljana": dict(type="SUMMIT", start="2021-10-06", status="future", city="Ljubljana",
                              no_persons={"Emmanuel Macron", "Alexander Schallenberg"}),
        }),
    # a weekday after the event prepared for is to come, whatever the preparing act's tense
    "sommet_prepare_vendredi": dict(
        counts={"SUMMIT": 1},
        events={"cedeao": dict(type="SUMMIT", start="2021-10-08", status="future")}),
    "recu_apres_une_relative": dict(
        counts={"MEETING": 1},
        events={
            # the subject stands before the relative clause ("Le numéro un chinois, qui …, a été
            # reçu"): the office of the one Chinese named; the host is an official of no known
            # state, met in another state than the visitor's: diplomatic talks
            "reykjavik": dict(type="MEETING", start="2024-11-11", status="past", city="Reykjavík",
                              country="IS", persons={"Xi Jinping", "Halla Tómasdóttir"}),
        }),
    # the office before a name the model takes for the clause's verb ("Narendra" a verb) is
    # no subject of its own: the person named after it is who is received
    "recus_apres_leur_office": dict(
        counts={"MEETING": 2},
        events={
            "copenhague": dict(type="MEETING", start="2022-05-05", status="future", city="Copenhagen",
                               country="DK", persons={"Narendra Modi", "Mette Frederiksen"}),
            "oslo": dict(type="MEETING", start="2022-05-02", status="past", city="Oslo",
                         country="NO", persons={"Michelle Bachelet", "Harald V"}),
        }),
    # a place that complements the noun of another act ("l'inauguration du pont à Montréal",
    # "les livraisons de vivres à Khartoum") is where that act happens, not the event's venue;
    # one up a chain of nouns that ends at the event's word is ("au sommet de l'Organisation de
    # coopération de Shanghai à Bichkek")
    "lieux_d_autres_actes": dict(
        counts={"FORUM": 1, "SUMMIT": 3},
        events={
            "arctique": dict(type="FORUM", start="2019-03-05", city=None, country=None),
            "soudan": dict(type="SUMMIT", start="2019-03-04", city=None, country=None),
            "ocs": dict(type="SUMMIT", start="2019-03-07", status="future", city="Bishkek", country="KG"),
            # (a journey is no other act: its place is where the traveller went, here the summit's)
            "turin": dict(type="SUMMIT", start="2019-01-12", status="past", city="Turin", country="IT"),
        }),
    # an undated visit starts the day its visitor arrives in the visited country, in that city
    "visite_commencee_a_l_arrivee": dict(
        counts={"VISIT": 1},
        events={
            "seoul": dict(type="VISIT", start="2023-11-13", status="ongoing", city="Seoul", country="KR",
                          persons={"William Ruto"}),
        }),
    # a meeting not ruled out, not yet confirmed or wished for is no event reported
    "rencontres_incertaines": dict(counts={"MEETING": 0}, events={}),
    "recus_apres_une_relative_et_tour_a_tour": dict(
        counts={"MEETING": 4, "FORUM": 1, "VISIT": 1},
        events={
            "davos": dict(type="FORUM", city="Davos", persons={"António Costa"}),
            # the subject of "doit être reçu" hangs on the modal, before a relative clause
            "berlin": dict(type="MEETING", start="2023-01-18", status="future", city="Berlin",
                           persons={"António Costa", "Olaf Scholz"}, countries={"DE", "PT"}),
            # a passive with no subject left by the parser: who opens the clause was received
            "pekin": dict(type="MEETING", start="2023-01-17", status="past", city="Beijing",
                          persons={"Shehbaz Sharif", "Xi Jinping"}),
            # "avec X, puis avec Y": two talks, one partner each
            "colonna": dict(type="MEETING", start="2023-01-19", persons={"Wang Yi", "Catherine Colonna"},
                            no_persons={"Emmanuel Macron"}),
            "macron": dict(type="MEETING", start="2023-01-19", persons={"Wang Yi", "Emmanuel Macron"},
                           no_persons={"Catherine Colonna"}),
        }),
    "sommet_d_un_corps_nomme_par_une_ville": dict(
        counts={"SUMMIT": 1, "FORUM": 1},
        events={
            # a body named for a city holds the summit; it does not meet in that city
            "ocs": dict(type="SUMMIT", start="2024-07", status="future", city=None,
                        no_countries={"CN"}),
        }),
    "recu_puis_promesse_future": dict(
        counts={"MEETING": 1},
        events={
            # "a été reçu" is done, whatever a relative clause after it promises for later
            "rome": dict(type="MEETING", start="2024-03-12", status="past", city="Rome",
                         countries={"IN", "IT"}),
        }),
    "sommet_tenu_entre_deux_dirigeants": dict(
        counts={"SUMMIT": 1},
        events={
            # a summit told as held between two states' leaders is specific, undated as it is;
            # one "not ruled out" is none
            "kim": dict(type="SUMMIT", start=None, status="past", persons={"Kim Jong-un", "Donald Trump"},
                        no_persons={"Vladimir Putin"}),
        }),
    "sommets_annules": dict(
        counts={"SUMMIT": 1, "VISIT": 0},
        events={
            # a gathering told cancelled is no event; one told not cancelled is
            "ua": dict(type="SUMMIT", start="2020-07", status="future", city="Niamey"),
        }),
    "dirigeant_absent": dict(
        counts={"SUMMIT": 1},
        events={
            # a leader told not going to a summit is not among its participants
            "g20": dict(type="SUMMIT", status="future", city="New Delhi", persons={"Sergey Lavrov"},
                        no_persons={"Vladimir Putin"}),
        }),
    "entretiens_diffuses": dict(counts={"MEETING": 0}, events={}),
    "noms_par_adjectif_ou_theme": dict(
        counts={"FORUM": 1, "SUMMIT": 1},
        events={
            # an adjective right after the cue word and a topic before a body's name are part
            # of the event's name
            "davos": dict(type="FORUM", name="forum économique de Davos", start="2023-01-18",
                          city="Davos", country="CH", countries={"BE"}),
            "climate": dict(type="SUMMIT", name="sommet sur le climat de l'ONU", start="2022",
                            city="New York City", country="US"),
        }),
    "cette_visite_loin_du_chapeau": dict(
        counts={"VISIT": 1},
        events={
            # a demonstrative points at the lead's event however far into the body it stands
            "london": dict(type="VISIT", start="2023-04-25", city="London", country="GB",
                           persons={"Marcelo Rebelo de Sousa"}),
        }),
}

# what the articles report that is no event: no mention may come from the sentence holding these
# words (domestic talks or forums, a cue word in another sense, a cancelled visit)
DOMESTIC: dict[str, list[str]] = {
    "annulation_et_reprises": ["annulation de la rencontre", "à plusieurs reprises"],
    "bayrou_elysee_dejeuner": ["chef de l'Etat, à la veille"],
    "macron_modi_constructeur": ["constructeur automobile", "accueillir avec prudence"],
    "carney_dejeuner_rome": ["Cardiff"],
    "otan_ministres_bruxelles": ["syndicats policiers"],
    "forum_boao": ["forum des partenaires"],
    "davos_li_qiang": ["Jakobshorn"],
    "visite_reportee_steinmeier": ["a été annulée"],
    "xi_vietnam_modaux": ["14e Congrès"],
    "riyad_negatifs": ["au sommet de l'État", "Al-Hilal", "investisseurs saoudiens"],
    "lemonde_xi_france": ["col du Tourmalet"],
    "g7_participera_entrevue": ["chaque année"],  # a habit, no one gathering
    "lieux_des_autres_actes": ["rentrer à Tokyo"],
    "visite_outre_mer": ["visite officielle en Guadeloupe"],  # an overseas region is home
    "chapeau_deux_dirigeants": ["possibilité d'entrevue"],
    # survivors and journalists are no counterparts of diplomacy (a verb's object, a noun's "avec")
    "rencontres_sans_diplomatie": ["rescapés des camps", "avec des journalistes"],
    # a government meeting its own society (civil society, NGOs) is no diplomacy
    "chancelier_societe_civile": ["reçoit la société civile"],
    # a company's or a region's assembly is no gathering of states
    "assemblees_des_organisations": ["actionnaires du laboratoire", "Conseil régional"],
    "sommet_sans_rien_de_precis": ["prétendu sommet"],
    # an interview broadcast or recorded is no talks
    "entretiens_diffuses": ["entretien diffusé", "entretien retransmis"],
    # a group of no one named gathers; a name glued to "pro-" is a stance, not a person
    "reunions_sans_diplomatie": ["se sont réunies lundi", "devra se réunir"],
}

# --------------------------------------------------------------------------------------------
# what the pipeline misses, and why: (doc, event or "counts", field or type) -> cause

KNOWN: dict[tuple[str, str, str], str] = {}
_known = partial(add_known, KNOWN)

# causes found by running the stages on each article (article.entities, .dates, the events stage's
# frames, clusters and the notes of rejected clusters); those already named by
# test_documents_fr_afp are reused from it
STATUS_SAME_DAY = afp.STATUS_SAME_DAY

BEST_DATE = (
    "segmentation.Cluster._find_best_date ranks the frames' dates by the precision of their start "
    "only, then takes the earliest frame's: a relative week in the title ('la semaine prochaine', "
    "read as 24–30 March) or a single day in the lead ('a ouvert jeudi') beats the explicit range "
    "of a later frame ('du 24 au 27 mars', 'du 25 au 28 mars'); an explicit range should win")
SHORT_NAME = (
    "resources/aliases.json has no 'short' surname for Wang Yi, Li Qiang or Zhao Leji, so 'M. "
    "Wang', 'M. Li', 'M. Zhao' stay unresolved PERSON entities ('Wang', 'Li', 'Zhao') with no "
    "country: the frame loses its subject (and, for 'M. Li … avec la présidente de la "
    "Confédération, Viola Amherd', whose office gives no demonym, diplomatic._specific then "
    "rejects the talks: no country among the parties)")
PRONOUN_FRONTED = (
    "counterparts.pronoun_subjects resolves a pronoun subject only at the very start of a sentence "
    "('subject_pronoun' of lang/fr/events.json: '\\W*(?:Il|Elle)\\s', capitalised): after a fronted "
    "date or place ('Mardi, à Brazzaville, il s'était entretenu', 'Le 5 juillet dernier, il "
    "s'était entretenu', 'La semaine dernière, il s'était rendu') the subject is lost")
VIDEO_SUMMIT = (
    "'ont tenu mardi un sommet extraordinaire en visioconférence': 'visioconférence' is also a "
    "MEETING verb cue (lang/fr/events.json), so the sentence gives a separate MEETING (with the "
    "date) and, by frames.make_references' talks-day rule, the SUMMIT frame keeps no date; the "
    "undated summit then takes 'Le prochain sommet du groupe … en octobre 2024 à Kazan' "
    "(anaphoric by 'anaphora_before', which allows 'le prochain'; segmentation._find_cluster tests "
    "'other_before' but not 'next_before'), so the video summit and the next one become one")
REPRESENTED = (
    "'La Russie était représentée par son ministre des Affaires étrangères Sergueï Lavrov' is not "
    "attached to the summit: lang/fr/events.json 'attendance_sentence' has no 'représenté(e) par', "
    "so segmentation._attach_attendance skips the sentence (Lavrov and RU are missing)")
MARGINS_WORKS = (
    "places.place_talks_within_their_visit needs the host event's cue in the talks' sentence; 'En "
    "marge des travaux' names the summit with 'travaux', which is no cue, so the talks get no place")
SAME_SENTENCE_SPLIT = (
    "segmentation._find_cluster's one-sentence rule (_other_counterparts) splits one event in two "
    "because _parties count a topic country as a party: ', participera aux discussions sur le "
    "soutien à l'Ukraine' (cue 'discussions', UA) is kept from the ministerial meeting's 'réunion "
    "ministérielle' (US) of the same sentence; ', leur première rencontre depuis le début de "
    "l'invasion russe' (RU) from 's'était entretenu avec … Lula' (BR), giving a duplicate MEETING")
NO_UNGA_CUE = (
    "the 78th session of the UN General Assembly (and its 'débat général … ouvert mardi, "
    "s'achèvera mardi prochain') is no event for the pipeline: lang/fr/events.json has no cue for "
    "'Assemblée générale', 'session' or 'débat général'")
EXPO_UNTIL = (
    "'Vendredi, M. Poutine a visité la huitième Exposition …, qui se tient à Harbin jusqu'au 21 "
    "mai': frames.pick_date takes the first day of the clause (the day of Putin's tour) as the "
    "expo's date, and 'jusqu'au 21 mai' is not read as its end (nor 'se tient' as ongoing)")
LOC_TOWN = (
    "the forum's town is found inside its name (places._venue_in_name: 'Forum de Boao'), but its "
    "canonical name is GeoNames' 'Bo'ao', which compares as 'bo ao', not as the press's 'Boao'")
TITLE_AND_LEUR = (
    "'à Bali' is a LOC (an island, no GeoNames city) and places._place maps no LOC to its country, "
    "so the Bali talks, now placed and dated by the apposition after their cue, have no country")
BALI_LOC = (
    "'à Bali' is a LOC (an island, no GeoNames city) and places._place maps no LOC to its country, "
    "so the G20 summit in Bali has no country")
ASEAN = (
    "the ASEAN ministerial meeting is lost: 'en marge de la réunion des ministres des Affaires "
    "étrangères de l'ASEAN' (a cue with no person or date) joins the Wang–Blinken talks in "
    "segmentation._find_cluster, and 'La réunion de l'ASEAN, présidée par …, s'achève samedi' is no "
    "cue (the réunion regex of lang/fr/events.json needs 'des ministres…', 'bilatérale'…)")
SUMMIT_NO_PARTY = (
    "'au sommet conjoint arabo-islamique de Riyad' gives no city: places._place takes a city only "
    "after a place preposition ('à', 'dans'), not after 'de' in the summit's name")
REGION_COUNTRY = (
    "'en Floride' is a LOC (a US state) and places._place maps no LOC or region to its country, "
    "so the talks in Florida have no country")
ORDINAL_VISIT = (
    "triggers reads the ordinal of 'la cinquième visite d'État de M. Xi au Kazakhstan' as an edition "
    "(any cue with an ordinal), though the guide gives an edition only in a named series")
FORUM_WORD = (
    "'Bassirou Diomaye Faye, coprésident du forum, et … William Ruto figuraient parmi les "
    "participants': 'forum' (the FOCAC) makes the sentence a FORUM frame (rejected), so "
    "segmentation._attach_attendance, which reads only sentences without a cue, does not give "
    "these participants to the summit")

_known("lula_japon_annonce", BEST_DATE, "visit:end")
_known("brics_sommet_video", VIDEO_SUMMIT, "video:no_countries")
_known("g20_rio_participants", REPRESENTED, "summit:persons", "summit:countries")
_known("g20_rio_participants", MARGINS_WORKS, "milei:city", "milei:country")
_known("otan_ministres_bruxelles", SAME_SENTENCE_SPLIT, "counts:MEETING")
_known("otan_ministres_bruxelles", STATUS_SAME_DAY, "ministerial:status")
_known("ag_onu_en_marge", NO_UNGA_CUE, "unga:start",
       "unga:end", "unga:status")
_known("poutine_chine_accords", EXPO_UNTIL, "expo:start")
_known("forum_boao", LOC_TOWN, "forum:city", "talks:city")
_known("davos_li_qiang", SHORT_NAME,
       "bern:countries")
_known("san_francisco_rappel_bali", TITLE_AND_LEUR, "bali:country")
_known("san_francisco_rappel_bali", BALI_LOC, "g20:country")
_known("vientiane_offices", ASEAN,
       "asean:city", "asean:country")
_known("riyad_negatifs", SUMMIT_NO_PARTY,
       "summit2023:city", "summit2023:country")
_known("orban_dates_relatives", REGION_COUNTRY, "trump:country")
_known("orban_dates_relatives", PRONOUN_FRONTED,
       "zelensky:persons", "zelensky:countries")
_known("astana_xinhua_ocs", ORDINAL_VISIT, "visit:edition")
_known("focac_xinhua_pekin", FORUM_WORD, "summit:persons", "summit:countries")


# --------------------------------------------------------------------------------------------
# the tests (tests/document_tables.py)

(run, test_every_article_has_expectations, test_number_of_events_of_each_type,
 test_domestic_gatherings_are_no_event, test_expected_event_is_found,
 test_field_of_expected_event) = table_tests(DOCS, EXPECTED, DOMESTIC, KNOWN, min_docs=20)
