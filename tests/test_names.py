"""Persons named whole and the same way in both scripts; places that are words of offices or names;
short place forms; bylines and news outlets. Sentences written for these tests (not from any corpus).

The recogniser under test: an office word (``titles`` of lang/zh/entities.json) followed by a run
of transliteration characters learnt from GeoNames, Babel and the alias table
(``gazetteer.transliteration_chars``), with joiners and a regnal number; Han-reading names
(Vietnamese, Korean, Japanese) from the segmenter's person words after the office.
"""
import pytest

from test_entities import entities

# (sentence, name as written, canonical): a name in the alias table comes out in Latin script,
# an unknown one keeps its written form.
CHINESE_NAMES = [
    # Middle East and Caucasus
    ("伊朗议长拉里贾尼表示欢迎。", "拉里贾尼", "Ali Larijani"),
    ("伊朗前议长拉里贾尼当天抵达。", "拉里贾尼", "Ali Larijani"),
    ("伊朗外长阿拉格齐同沙特外长费萨尔会谈。", "阿拉格齐", "Abbas Araghchi"),
    ("伊朗外长沙赫里亚尔表示支持。", "沙赫里亚尔", "沙赫里亚尔"),
    ("阿曼外长沙特·布赛义迪会见来访的中国客人。", "沙特·布赛义迪", "沙特·布赛义迪"),
    ("沙特王储穆罕默德·本·萨勒曼会见美方代表。", "穆罕默德·本·萨勒曼", "Mohammed bin Salman"),
    ("土耳其外长费丹在安卡拉会见来宾。", "费丹", "Hakan Fidan"),
    ("埃及总统塞西出席开幕式。", "塞西", "Abdel Fattah el-Sisi"),
    ("埃及外长阿卜杜勒阿蒂说，双方将加强协调。", "阿卜杜勒阿蒂", "Badr Abdelatty"),
    ("亚美尼亚总理帕希尼扬在埃里温会见来宾。", "帕希尼扬", "Nikol Pashinyan"),
    ("阿塞拜疆总统阿利耶夫向大会致辞。", "阿利耶夫", "Ilham Aliyev"),
    ("格鲁吉亚总理科巴希泽会见中方代表。", "科巴希泽", "Irakli Kobakhidze"),
    ("以色列总理内塔尼亚胡当天发表讲话。", "内塔尼亚胡", "Benjamin Netanyahu"),
    # Africa
    ("南非总统拉马福萨抵达约翰内斯堡。", "拉马福萨", "Cyril Ramaphosa"),
    ("南非外长拉莫拉同中方举行会谈。", "拉莫拉", "Ronald Lamola"),
    ("尼日利亚总统提努布表示，两国合作前景广阔。", "提努布", "Bola Tinubu"),
    ("尼日利亚总统提努布提出建议。", "提努布", "Bola Tinubu"),
    ("肯尼亚总统鲁托提出三点建议。", "鲁托", "William Ruto"),
    ("塞内加尔总统法耶抵达北京。", "法耶", "Bassirou Diomaye Faye"),
    ("埃塞俄比亚总理阿比会见中国客人。", "阿比", "Abiy Ahmed"),
    ("坦桑尼亚总统哈桑同中方会谈。", "哈桑", "Samia Suluhu Hassan"),
    ("乍得总统马哈马特·代比抵达北京。", "马哈马特·代比", "Mahamat Idriss Déby"),
    ("多米尼克总理斯凯里特和夫人出席。", "斯凯里特", "Roosevelt Skerrit"),
    ("苏丹总统布尔汉会见中方代表。", "布尔汉", "Abdel Fattah al-Burhan"),
    # Europe
    ("古巴国家主席迪亚斯-卡内尔会见了中国代表团。", "迪亚斯-卡内尔", "Miguel Díaz-Canel"),
    ("西班牙国王费利佩六世出席了开幕式。", "费利佩六世", "Felipe VI"),
    ("英国国王查尔斯三世出席活动。", "查尔斯三世", "Charles III"),
    ("德国总理默茨表示将访华。", "默茨", "Friedrich Merz"),
    ("德国外长瓦德富尔同王毅通电话。", "瓦德富尔", "Johann Wadephul"),
    ("法国外长巴罗在巴黎会见中方客人。", "巴罗", "巴罗"),
    ("法国总理贝鲁会见中国代表团。", "贝鲁", "François Bayrou"),
    ("英国首相斯塔默与中方领导人通电话。", "斯塔默", "Keir Starmer"),
    ("英国外交大臣拉米访问北京。", "拉米", "拉米"),
    ("匈牙利外长西雅尔托访华。", "西雅尔托", "西雅尔托"),
    ("匈牙利总理欧尔班出席论坛。", "欧尔班", "Viktor Orbán"),
    ("塞尔维亚总统武契奇在贝尔格莱德会见中国外长。", "武契奇", "Aleksandar Vučić"),
    ("意大利总理梅洛尼抵达上海。", "梅洛尼", "Giorgia Meloni"),
    ("乌克兰总统泽连斯基发表视频讲话。", "泽连斯基", "Volodymyr Zelensky"),
    ("俄罗斯外长拉夫罗夫说，俄方支持这一倡议。", "拉夫罗夫", "Sergey Lavrov"),
    ("俄罗斯总统普京特别强调，双方关系良好。", "普京", "Vladimir Putin"),
    ("俄罗斯总统普京日前表示欢迎。", "普京", "Vladimir Putin"),
    ("联合国秘书长古特雷斯致辞。", "古特雷斯", "António Guterres"),
    ("欧盟委员会主席冯德莱恩表示关切。", "冯德莱恩", "Ursula von der Leyen"),
    # Central Asia and neighbours
    ("吉尔吉斯斯坦外长库鲁巴耶夫说，双方将加强合作。", "库鲁巴耶夫", "Jeenbek Kulubaev"),
    ("哈萨克斯坦总理别克捷诺夫会见中方企业家。", "别克捷诺夫", "Olzhas Bektenov"),
    ("乌兹别克斯坦总统米尔济约耶夫以视频方式出席。", "米尔济约耶夫", "Shavkat Mirziyoyev"),
    ("塔吉克斯坦总统拉赫蒙和夫人出席欢迎仪式。", "拉赫蒙", "Emomali Rahmon"),
    ("土库曼斯坦外长梅列多夫出席会议。", "梅列多夫", "Rashid Meredov"),
    ("蒙古国总统呼日勒苏赫在乌兰巴托会见客人。", "呼日勒苏赫", "Ukhnaagiin Khürelsükh"),
    ("巴基斯坦总理夏巴兹·谢里夫抵达北京。", "夏巴兹·谢里夫", "Shehbaz Sharif"),
    ("印度外长苏杰生同王毅举行会谈。", "苏杰生", "Subrahmanyam Jaishankar"),
    # South-East and East Asia
    ("越南总理范明政抵达北京。", "范明政", "Phạm Minh Chính"),
    ("越南国家主席梁强会见中国客人。", "梁强", "Lương Cường"),
    ("老挝国家主席通伦会见中国代表团。", "通伦", "Thongloun Sisoulith"),
    ("柬埔寨首相洪玛奈在金边会见客人。", "洪玛奈", "Hun Manet"),
    ("泰国总理佩通坦访华。", "佩通坦", "Paetongtarn Shinawatra"),
    ("马来西亚总理安瓦尔抵达北京。", "安瓦尔", "Anwar Ibrahim"),
    ("印度尼西亚外长苏吉奥诺说，双方同意加强合作。", "苏吉奥诺", "Sugiono"),
    ("印尼总统普拉博沃于当天抵达。", "普拉博沃", "Prabowo Subianto"),
    ("文莱苏丹哈桑纳尔出席峰会。", "哈桑纳尔", "Hassanal Bolkiah"),
    ("日本首相石破茂同美方通电话。", "石破茂", "Shigeru Ishiba"),
    ("韩国总统李在明会见中国客人。", "李在明", "Lee Jae-myung"),
    # Latin America
    ("巴西总统卢拉表示，金砖合作意义重大。", "卢拉", "Luiz Inácio Lula da Silva"),
    ("哥伦比亚总统佩特罗出席论坛。", "佩特罗", "Gustavo Petro"),
    ("智利总统博里奇与中方签署协议。", "博里奇", "Gabriel Boric"),
    ("秘鲁总统博卢阿尔特会见记者。", "博卢阿尔特", "博卢阿尔特"),
    ("墨西哥总统辛鲍姆发表讲话。", "辛鲍姆", "Claudia Sheinbaum"),
    ("阿根廷总统米莱抵达布宜诺斯艾利斯。", "米莱", "Javier Milei"),
    # officials the alias table does not know: the recogniser alone finds them whole
    ("赞比亚外长穆利姆巴表示，两国合作潜力巨大。", "穆利姆巴", "穆利姆巴"),
    ("纳米比亚副总统姆比姆巴会见中方代表团。", "姆比姆巴", "姆比姆巴"),
    ("马达加斯加外长拉库图马拉拉出席会议。", "拉库图马拉拉", "拉库图马拉拉"),
    ("乌拉圭外长拉瓦格尼诺同中方会谈。", "拉瓦格尼诺", "拉瓦格尼诺"),
    ("巴拉圭外长拉米雷斯·莱斯卡诺表示欢迎。", "拉米雷斯·莱斯卡诺", "拉米雷斯·莱斯卡诺"),
    ("斯洛文尼亚总理戈洛布抵达北京。", "戈洛布", "戈洛布"),
    ("黑山总统米拉托维奇会见记者。", "米拉托维奇", "米拉托维奇"),
    ("北马其顿外长穆恰斯基在斯科普里发表讲话。", "穆恰斯基", "穆恰斯基"),
    ("吉尔吉斯斯坦议长图尔杜马穆托夫会见客人。", "图尔杜马穆托夫", "图尔杜马穆托夫"),
    # names in Chinese readings the segmenter cuts: a Vietnamese surname alone ("阮" + "青山"), a
    # Japanese family name that is also a place word ("西村" + "康稔")
    ("越南副总理阮青山在河内会见中国客人。", "阮青山", "阮青山"),
    ("越南外长裴清远表示愿加强合作。", "裴清远", "裴清远"),
    ("日本经济产业大臣西村康稔会谈后离开。", "西村康稔", "西村康稔"),
    ("日本外务大臣中山泰秀出席了会议。", "中山泰秀", "中山泰秀"),
    # a particle before another office ends the name ("和" + "众议长")
    ("新西兰参议长哈恩斯和众议长迪克会见代表团。", "哈恩斯", "哈恩斯"),
    # royal titles before the name
    ("柬埔寨太后莫尼列在金边会见中国客人。", "莫尼列", "莫尼列"),
    ("泰国公主诗琳通出席了开幕式。", "诗琳通", "诗琳通"),
]


@pytest.mark.parametrize("text, name, canonical", CHINESE_NAMES)
def test_chinese_name_after_office_is_found_whole(text, name, canonical):
    persons = [(e.text, e.canonical) for e in entities(text, "zh") if e.label == "PERSON"]
    assert (name, canonical) in persons, persons
    # no piece of the name stands on its own
    assert all(t == name or t not in name for t, _ in persons), persons


def test_chinese_name_table_is_large_enough():
    assert len(CHINESE_NAMES) >= 60


@pytest.mark.parametrize("language, text, surface, canonical", [
    ("fr", "Le président sud-africain Cyril Ramaphosa est arrivé à Pékin.", "Cyril Ramaphosa", "Cyril Ramaphosa"),
    ("zh", "南非总统拉马福萨抵达北京。", "拉马福萨", "Cyril Ramaphosa"),
    ("fr", "Le président brésilien Lula a salué l'accord.", "Lula", "Luiz Inácio Lula da Silva"),
    ("zh", "巴西总统卢拉对协议表示欢迎。", "卢拉", "Luiz Inácio Lula da Silva"),
    ("fr", "Le ministre iranien Abbas Araghchi a rencontré son homologue.", "Abbas Araghchi", "Abbas Araghchi"),
    ("zh", "伊朗外长阿拉格齐会见中方同行。", "阿拉格齐", "Abbas Araghchi"),
    ("fr", "Le chancelier Friedrich Merz a reçu le Premier ministre.", "Friedrich Merz", "Friedrich Merz"),
    ("zh", "德国总理默茨会见来访的客人。", "默茨", "Friedrich Merz"),
])
def test_persons_have_one_latin_canonical_in_both_scripts(language, text, surface, canonical):
    found = [e for e in entities(text, language) if e.label == "PERSON" and e.text == surface]
    assert [e.canonical for e in found] == [canonical]


@pytest.mark.parametrize("text, absent, present", [
    # "外长沙…": a foreign minister's name, not the city of Changsha
    ("伊朗外长沙赫里亚尔表示支持。", "Changsha", "IR"),
    ("阿曼外长沙特·布赛义迪会见客人。", "Changsha", "OM"),
    # 苏丹 after a country or before a name is the sultan; before an office it is Sudan
    ("文莱苏丹哈桑纳尔出席峰会。", "SD", "BN"),
    ("阿曼苏丹海赛姆会见中方代表。", "SD", "OM"),
])
def test_office_words_inside_names_are_not_places(text, absent, present):
    found = entities(text, "zh")
    ids = {e.entity_id for e in found} | {e.canonical for e in found}
    assert absent not in ids and present in ids


@pytest.mark.parametrize("text, country", [
    ("苏丹总统布尔汉会见中方代表。", "SD"),
    ("中方代表访问苏丹。", "SD"),
    ("苏丹喀土穆局势紧张。", "SD"),
    ("乍得总统马哈马特·代比抵达北京。", "TD"),
])
def test_country_before_office_stays_a_country(text, country):
    assert country in {e.entity_id for e in entities(text, "zh") if e.label == "COUNTRY"}


@pytest.mark.parametrize("text, surface, label, entity_id", [
    ("国家主席习近平在京会见南非总统。", "京", "CITY", "1816670"),
    ("代表团抵沪后参观了工厂。", "沪", "CITY", "1796236"),
    ("德国总理将于下月来华访问。", "华", "COUNTRY", "CN"),
    ("国务院总理此前访美。", "美", "COUNTRY", "US"),
])
def test_short_place_forms_after_verbs_of_going(text, surface, label, entity_id):
    e = next(e for e in entities(text, "zh") if e.text == surface)
    assert (e.label, e.entity_id) == (label, entity_id)


@pytest.mark.parametrize("text", ["代表团在美国访问。", "会议在京都举行。", "他在华盛顿发表讲话。"])
def test_short_place_forms_inside_longer_names_are_not_taken(text):
    assert not [e for e in entities(text, "zh") if e.kind == "abbreviation"]


@pytest.mark.parametrize("language, text, reporters, others", [
    ("zh", "新华社阿斯塔纳6月3日电（记者张晓明、李华）国家主席习近平会见了巴西总统卢拉。",
     {"张晓明", "李华"}, {"Xi Jinping", "Luiz Inácio Lula da Silva"}),
    ("zh", "（记者 王小虎）哈萨克斯坦总统托卡耶夫出席论坛。", {"王小虎"}, {"Kassym-Jomart Tokayev"}),
    ("fr", "De notre envoyé spécial à Pékin Jean Dupont, le président Macron a rencontré Xi Jinping.",
     {"Jean Dupont"}, {"Emmanuel Macron", "Xi Jinping"}),
    ("fr", "Le correspondant Pierre Martin rapporte que Vladimir Poutine a été reçu par Emmanuel Macron.",
     {"Pierre Martin"}, {"Vladimir Putin", "Emmanuel Macron"}),
])
def test_byline_persons_are_reporters(language, text, reporters, others):
    persons = [e for e in entities(text, language) if e.label == "PERSON"]
    assert {e.canonical for e in persons if e.kind == "reporter"} == reporters
    assert {e.canonical for e in persons if e.kind != "reporter"} == others


def test_press_conference_is_no_byline():
    persons = [e for e in entities("外长王毅在记者会上回答提问。", "zh") if e.label == "PERSON"]
    assert all(e.kind != "reporter" for e in persons)


@pytest.mark.parametrize("language, text, outlet, countries", [
    ("zh", "据德国电视一台报道，德国总理默茨表示将访华。", "德国电视一台", {"DE", "CN"}),
    ("zh", "英国路透社报道，法国总统马克龙出席。", "英国路透社", {"FR"}),
    ("zh", "日本共同社报道称，会谈取得成果。", "日本共同社", set()),
    ("zh", "据美国《华尔街日报》报道，谈判仍在继续。", "美国《华尔街日报》", set()),
    ("fr", "Selon la télévision allemande, le chancelier a reçu le président russe.", "télévision allemande", {"RU"}),
    ("fr", "La presse chinoise salue la visite du Premier ministre japonais.", "presse chinoise", {"JP"}),
])
def test_news_outlets_are_agencies_and_their_country_no_party(language, text, outlet, countries):
    found = entities(text, language)
    agency = [e for e in found if e.text == outlet]
    assert agency and agency[0].kind == "agency" and agency[0].label == "ORG"
    assert {e.entity_id for e in found if e.label == "COUNTRY"} == countries


@pytest.mark.parametrize("text, name", [
    ("李强同博尔内总理举行会谈。", "博尔内"),
    ("王毅会见拉尔歇参议长。", "拉尔歇"),
    ("习近平同马克龙总统通电话。", "马克龙"),
    ("赵乐际会见斯凯里特总理一行。", "斯凯里特"),
    ("李强总理会见了来访的客人。", "李强"),
    # a joined name ends at the office too, whole
    ("王毅拜会了阿卜杜拉-萨利姆亲王。", "阿卜杜拉-萨利姆"),
    ("丁薛祥会见威廉-亚历山大国王。", "威廉-亚历山大"),
])
def test_a_name_before_its_office_is_a_person(text, name):
    found = entities(text, "zh")
    assert any(e.label == "PERSON" and e.text == name for e in found)


@pytest.mark.parametrize("text", ["习近平同俄罗斯总统举行会谈。", "他会见了哈萨克斯坦总统。", "她是乌干达副总统。",
                                  "习近平会见俄罗斯联邦委员会主席。"])
def test_a_country_before_an_office_is_no_person(text):
    assert not [e for e in entities(text, "zh") if e.label == "PERSON" and e.text not in ("习近平",)]


@pytest.mark.parametrize("text, expected", [
    ("王毅同乌干达外长会谈。中乌传统友好，中方愿同乌方一道。", "UG"),
    ("王毅同乌克兰外长会谈。中乌合作潜力巨大，乌方表示赞同。", "UA"),
    ("王毅同乌兹别克斯坦外长会谈。乌方表示赞同。", "UZ"),
])
def test_a_one_character_side_is_the_country_the_document_names_in_full(text, expected):
    sides = [e for e in entities(text, "zh") if e.label == "COUNTRY" and e.text.startswith("乌") and len(e.text) <= 2]
    assert sides and {e.entity_id for e in sides} == {expected}


@pytest.mark.parametrize("text, name", [
    ("国家副主席韩正在上海会见外宾。", "Han Zheng"),
    ("王毅在日内瓦同美方代表会谈。", "Wang Yi"),
    ("国务委员蔡奇同来访的客人举行会谈。", "Cai Qi"),
])
def test_a_known_two_character_name_before_a_particle_the_segmenter_joins_is_found(text, name):
    assert name in [e.canonical for e in entities(text, "zh") if e.label == "PERSON"]


def test_a_city_after_a_plural_office_and_before_the_event_word_is_a_place():
    found = [(e.text, e.label) for e in entities("王毅表示，两国元首喀山会晤达成的共识正在落实。", "zh")]
    assert ("喀山", "CITY") in found and all(label != "PERSON" or text != "喀山" for text, label in found)


@pytest.mark.parametrize("text, name, country", [
    ("外交部长王毅会见国际货币基金组织总裁格奥尔基耶娃。", "格奥尔基耶娃", ""),
    ("国家主席习近平会见美国总统国家安全事务助理沙利文。", "沙利文", "US"),
    ("王毅在北京会见俄罗斯总统中东问题特别代表博格丹诺夫。", "博格丹诺夫", "RU"),
    ("李强会见亚洲基础设施投资银行行长邹加怡。", "邹加怡", ""),
    # an office in a party of the country named before it
    ("习近平会见越南共产党中央委员会总书记阮青山。", "阮青山", "VN"),
    ("王沪宁会见中国国民党副主席林明德一行。", "林明德", "CN"),
    ("李强会见老挝人民革命党中央委员会主席宋迪。", "宋迪", "LA"),
    # a name the alias table gives to someone of another state: the office's state decides
    ("赵乐际会见古巴全国人民政权代表大会主席拉索。", "拉索", "CU"),
    # an office in a chamber (院) of the country named before it
    ("应奥地利联邦议会国民院议长索博特卡邀请，代表团访问维也纳。", "索博特卡", "AT"),
    # an office held abroad is the sending state's
    ("王毅会见中国驻美国大使谢锋。", "谢锋", "CN"),
    # a long portfolio between the country and the name
    ("丁薛祥会见印尼基础设施和区域发展统筹部长阿古斯。", "阿古斯", "ID"),
])
def test_heads_of_bodies_and_aides_named_after_their_office_are_persons(text, name, country):
    found = {e.text: e for e in entities(text, "zh") if e.label == "PERSON"}
    assert name in found and found[name].country == country


@pytest.mark.parametrize("text, thing", [
    ("« Je mérite le prix Nobel », a lancé mardi le président Donald Trump.", "Nobel"),
    ("La ministre a rappelé la loi Veil devant les députés réunis.", "Veil"),
    ("Le cortège officiel a remonté la rue Voltaire avant la réception.", "Voltaire"),
])
def test_a_name_after_a_noun_of_things_is_no_person(text, thing):
    """"le prix Nobel", "la loi Veil": the name names the thing, no one who takes part."""
    assert not [e for e in entities(text, "fr") if e.label == "PERSON" and thing in e.text]


@pytest.mark.parametrize("text, language", [
    ("Le Premier ministre japonais est arrivé lundi à New Delhi.", "fr"),
    ("日本首相周一抵达新德里。", "zh"),
])
def test_a_big_citys_own_name_is_that_city_in_every_script(text, language):
    """"New Delhi" is New Delhi (GeoNames 1261481), not an alternate form of Delhi: one city
    whichever script the article used."""
    cities = [e for e in entities(text, language) if e.label == "CITY"]
    assert [(e.canonical, e.entity_id) for e in cities] == [("New Delhi", "1261481")]


def test_a_namesake_read_by_an_office_is_that_person_wherever_the_document_names_him():
    text = "赵乐际会见古巴全国人民政权代表大会主席拉索。拉索表示，古方愿同中方加强合作。"
    persons = [(e.text, e.canonical, e.country) for e in entities(text, "zh") if e.label == "PERSON"]
    assert [p for p in persons if p[0] == "拉索"] == [("拉索", "拉索", "CU")] * 2, persons
