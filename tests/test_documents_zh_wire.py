"""Chinese wire-style dispatches (Xinhua, CCTV 新闻联播, People's Daily, china.org.cn), written for
these tests, through every per-document stage: for each article, what an analyst following
../shared/ANNOTATION.md expects — how many events of each type it reports, and the fields of each
event (type, edition, start, end, status, city, country, persons ⊇, countries ⊇, and people or
countries that must NOT be listed: reporters of the byline, spokespersons, media outlets, topics).

Modelled on test_documents_fr_afp.py, with the same tests (``document_tables``): an expectation the pipeline misses is kept as it is and marked ``xfail(strict=True)``
with the cause found by running the stages (see ``KNOWN``), so that a fix turns it into an XPASS
that must be unmarked. People absent from resources/aliases.json are expected as the article
writes them in Chinese (each such person is written one way throughout its article)."""
from __future__ import annotations

from functools import partial

from document_tables import add_known, table_tests

# --------------------------------------------------------------------------------------------
# the articles: title, publication date, body

DOCS: dict[str, dict] = {
    "japarov_state_visit": dict(
        title="习近平同吉尔吉斯斯坦总统扎帕罗夫举行会谈",
        published="2025-02-05",
        body=(
            "新华社北京2月5日电（记者 杨依军、董雪）国家主席习近平5日上午在人民大会堂同来华进行国事访问的"
            "吉尔吉斯斯坦总统扎帕罗夫举行会谈。两国元首一致同意深化各领域务实合作，推动中吉关系迈上新台阶。"
            "会谈前，习近平在人民大会堂东门外广场为扎帕罗夫举行欢迎仪式。会谈后，两国元首共同见证签署经贸、"
            "农业、交通、媒体等领域12份合作文件。扎帕罗夫于2月4日至7日对中国进行国事访问。王毅等参加上述活动。"
        ),
    ),
    "visit_describing_its_visitor": dict(
        title="习近平参观胡志明旧居",
        published="2025-03-12",
        body="11日上午，正在越南进行国事访问的国家主席习近平在河内参观了胡志明旧居，并向胡志明陵献花圈。",
    ),
    "visit_describing_its_visitor_arrival": dict(
        title="莫迪参观克里姆林宫",
        published="2025-03-12",
        body="3月8日抵达莫斯科进行国事访问的印度总理莫迪11日参观了克里姆林宫。",
    ),
    "visit_describing_its_visitor_year": dict(
        title="两国关系回顾",
        published="2025-03-12",
        body="去年是两国建交60周年，习近平主席同访华的法国总统马克龙深入交流。",
    ),
    "forum_opened_months_ago": dict(
        title="回顾夏季达沃斯",
        published="2023-10-10",
        body="今年6月，李强总理出席第十四届夏季达沃斯论坛开幕式并致辞，与会的越南总理范明政也发表讲话。",
    ),
    "cop_named_with_its_city": dict(
        title="联合国气候变化巴库大会开幕",
        published="2024-11-12",
        body=(
            "新华社巴库11月11日电 联合国气候变化巴库大会11日在阿塞拜疆首都巴库开幕。中国国务院副总理丁薛祥"
            "出席《联合国气候变化框架公约》第二十九次缔约方大会开幕式。"
        ),
    ),
    "countries_talked_about": dict(
        title="多边会议",
        published="2024-09-25",
        body=(
            "第五次阿富汗邻国外长会3日在土库曼斯坦首都阿什哈巴德举行，中国外长王毅出席会议。"
            "第十届世界和平论坛24日在北京开幕，与会代表批评以色列对加沙的军事行动，伊朗外长阿拉格奇出席论坛。"
        ),
    ),
    "country_discussed_at_a_forum": dict(
        title="中东和平论坛开幕",
        published="2024-09-25",
        body="第三届中东和平论坛23日在开罗开幕，与会代表讨论美国对古巴的制裁，埃及外长阿卜杜勒阿蒂和约旦外长萨法迪出席论坛。",
    ),
    "host_accompanies_the_guest": dict(
        title="习近平参观凯山·丰威汉纪念馆",
        published="2026-06-10",
        body=(
            "新华社万象6月10日电 正在老挝进行国事访问的国家主席习近平9日在万象参观凯山·丰威汉纪念馆。"
            "老挝人民革命党中央总书记、国家主席通伦陪同参观。此前，国家主席习近平在云南昆明考察，云南省委书记"
            "王宁陪同考察。"
        ),
    ),
    "visit_started_by_arrival": dict(
        title="肯尼亚总统首次访问韩国",
        published="2023-11-14",
        body=(
            "肯尼亚总统鲁托对韩国进行国事访问。鲁托13日抵达韩国首都首尔，并于当天同韩国总统尹锡悦会谈。"
            "这是肯尼亚总统十年来首次到访韩国。"
        ),
    ),
    "talks_after_the_opening": dict(
        title="中俄能源商务论坛举行",
        published="2025-11-26",
        body=(
            "第七届中俄能源商务论坛25日在北京举行。国务院副总理丁薛祥出席开幕式并致辞。丁薛祥表示，中方愿同俄方"
            "加强能源合作。一是深化油气合作。二是拓展新能源合作。三是加强多边协作。俄罗斯联邦政府副总理诺瓦克致辞。"
            "开幕式后，丁薛祥会见了俄罗斯联邦政府副总理诺瓦克。"
        ),
    ),
    "ba_construction_is_no_future": dict(
        title="元首外交回顾",
        published="2024-12-20",
        body=(
            "回顾今年的元首外交，习近平主席将今年首次出访选择在了非洲，对肯尼亚进行国事访问。"
            "明年，习近平主席将对南非进行国事访问。"
        ),
    ),
    "letter_to_the_summit_chair": dict(
        title="习近平向东盟峰会轮值主席致贺信",
        published="2025-10-26",
        body=(
            "10月25日，国家主席习近平向第47届东盟峰会轮值主席马来西亚总理安瓦尔致贺信，祝贺第47届东盟峰会在吉隆坡召开。"
        ),
    ),
    "co_chair_term": dict(
        title="习近平会见赤道几内亚总统",
        published="2024-09-05",
        body=(
            "新华社北京9月5日电 中非合作论坛北京峰会5日在北京开幕。国家主席习近平会见赤道几内亚总统奥比昂，"
            "祝贺赤道几内亚将担任2027年至2030年中非合作论坛共同主席国。"
        ),
    ),
    "sequence_of_stages": dict(
        title="共建一带一路十年",
        published="2024-01-10",
        body=(
            "从2019年在第二届“一带一路”国际合作高峰论坛上宣布一系列举措，到2023年在第三届“一带一路”国际合作"
            "高峰论坛上提出八项行动，习近平主席推动共建“一带一路”走深走实。从2013年起，中国已同150多个国家签署合作文件。"
        ),
    ),
    "summit_put_off": dict(
        title="东盟－海合会峰会推迟举行",
        published="2025-06-10",
        body="菲律宾外交部9日表示，原定于7月在马尼拉举行的第三届东盟－海合会峰会将推迟到10月举行。",
    ),
    "boric_phone_call": dict(
        title="习近平同智利总统博里奇通电话",
        published="2024-03-13",
        body=(
            "新华社北京3月12日电 国家主席习近平12日晚应约同智利总统博里奇通电话。习近平指出，智利是第一个"
            "同新中国建交的南美国家，中方愿同智方一道，推动两国全面战略伙伴关系不断向前发展。博里奇表示，"
            "智方高度重视对华关系，愿同中方加强在锂矿、农业、基础设施等领域合作。两国元首还就乌克兰危机"
            "交换了意见。"
        ),
    ),
    "spokesperson_orsi_visit": dict(
        title="乌拉圭总统奥尔西将对中国进行国事访问",
        published="2025-05-29",
        body=(
            "新华社北京5月29日电 外交部发言人毛宁29日宣布：应国家主席习近平邀请，乌拉圭东岸共和国总统奥尔西"
            "将于6月2日至7日对中国进行国事访问。毛宁在当天的例行记者会上介绍说，访问期间，习近平主席将同"
            "奥尔西总统举行会谈，国务院总理李强、全国人大常委会委员长赵乐际将分别会见奥尔西。毛宁表示，乌拉圭"
            "是中国在拉美的重要合作伙伴，中方期待通过此访推动中乌全面战略伙伴关系取得新的发展。"
        ),
    ),
    "wang_yi_cairo_tunis": dict(
        title="王毅会见埃及总统塞西",
        published="2025-01-07",
        body=(
            "新华社开罗1月6日电（记者 姚兵、董修竹）当地时间1月6日，中共中央政治局委员、外交部长王毅在开罗"
            "会见埃及总统塞西。塞西请王毅转达对习近平主席的诚挚问候，表示埃方愿同中方深化各领域合作。同日，"
            "王毅同埃及外长阿卜杜勒阿蒂举行会谈，双方就加沙局势交换了意见。王毅此次应邀对埃及进行正式访问。"
            "此前，王毅4日在突尼斯市同突尼斯外长努拜提举行会谈。"
        ),
    ),
    "sco_astana_summit": dict(
        title="上海合作组织成员国元首理事会第二十四次会议在阿斯塔纳举行",
        published="2024-07-05",
        body=(
            "新华社阿斯塔纳7月4日电（记者 郝薇薇、陈瑶）上海合作组织成员国元首理事会第二十四次会议4日在"
            "阿斯塔纳独立宫举行。国家主席习近平出席会议并发表重要讲话。哈萨克斯坦总统托卡耶夫主持会议，俄罗斯"
            "总统普京、巴基斯坦总理夏巴兹·谢里夫、白俄罗斯总统卢卡申科等出席。联合国秘书长古特雷斯作为特邀"
            "嘉宾与会。会议签署并发表《阿斯塔纳宣言》，批准白俄罗斯加入上海合作组织。当天，习近平还在阿斯塔纳"
            "会见了土耳其总统埃尔多安。"
        ),
    ),
    "xian_mirziyoyev_samarkand": dict(
        title="习近平同乌兹别克斯坦总统米尔济约耶夫举行会谈",
        published="2023-05-17",
        body=(
            "新华社西安5月17日电（记者 刘华）国家主席习近平17日在陕西西安同来华出席中国－中亚峰会并进行国事"
            "访问的乌兹别克斯坦总统米尔济约耶夫举行会谈。习近平指出，去年9月，我同总统先生在撒马尔罕会晤，"
            "共同规划了中乌关系发展新蓝图。米尔济约耶夫表示，乌方愿同中方加强交通、能源、农业等领域合作。"
            "会谈后，两国元首见证签署多项双边合作文件。首届中国－中亚峰会将于18日至19日在西安举行。"
        ),
    ),
    "boao_annual_conference": dict(
        title="博鳌亚洲论坛2024年年会开幕",
        published="2024-03-29",
        body=(
            "新华社海南博鳌3月28日电（记者 赵叶苹、郑明达）博鳌亚洲论坛2024年年会28日上午在海南博鳌开幕。"
            "全国人大常委会委员长赵乐际出席开幕式，并在主论坛发表主旨演讲。新加坡总统尚达曼、泰国总理赛塔等"
            "出席开幕式。本届年会于26日至29日举行，来自60多个国家和地区的约2000名代表参会。当天，赵乐际在"
            "博鳌分别会见了尚达曼和赛塔。"
        ),
    ),
    "focac_bilaterals": dict(
        title="习近平会见马达加斯加总统和科摩罗总统",
        published="2024-09-03",
        body=(
            "新华社北京9月3日电 国家主席习近平3日上午在人民大会堂会见来华出席2024年中非合作论坛峰会的"
            "马达加斯加总统拉乔利纳。习近平指出，中国和马达加斯加传统友谊深厚。拉乔利纳表示，马方坚定奉行一个"
            "中国原则。同日下午，习近平在人民大会堂会见来华出席峰会的科摩罗总统阿扎利。2024年中非合作论坛"
            "峰会将于4日至6日在北京举行。"
        ),
    ),
    "belt_road_forum_opening": dict(
        title="第三届“一带一路”国际合作高峰论坛在京开幕",
        published="2023-10-18",
        body=(
            "新华社北京10月18日电（记者 韩梁）第三届“一带一路”国际合作高峰论坛开幕式18日上午在北京国家会议"
            "中心举行，国家主席习近平出席开幕式并发表主旨演讲。本届高峰论坛于17日至18日在京举行，来自140多个"
            "国家和30多个国际组织的代表参会。俄罗斯总统普京、匈牙利总理欧尔班、印度尼西亚总统佐科等出席开幕式。"
            "当天下午，习近平在人民大会堂同普京举行会谈。路透社报道称，这是普京今年首次出访。"
        ),
    ),
    "npc_session_domestic": dict(
        title="十四届全国人大二次会议在京开幕",
        published="2024-03-06",
        body=(
            "新华社北京3月5日电 第十四届全国人民代表大会第二次会议5日上午在人民大会堂开幕。国务院总理李强代表"
            "国务院向大会作政府工作报告。习近平、赵乐际、王沪宁等党和国家领导人出席大会。当天下午，习近平参加"
            "他所在的江苏代表团审议。同日，2024中国数字经济发展论坛在杭州举行，来自全国各地的300余名企业家和"
            "专家学者参会。"
        ),
    ),
    "xiamen_domestic_summit_match": dict(
        title="2024中国体育产业峰会在厦门举行",
        published="2024-05-20",
        body=(
            "本报厦门5月19日电（记者 陈晓丹）2024中国体育产业峰会19日在福建厦门举行，国内200余家体育企业"
            "负责人和专家学者参会，围绕体育消费、赛事经济等议题展开研讨。同日，第二十届中国（厦门）国际茶产业"
            "博览会在厦门国际会展中心闭幕，展会期间共吸引观众12万人次。当晚，在厦门白鹭体育场进行的一场国际"
            "足球友谊赛中，中国队以2比1战胜泰国队。此前一天，数百名登山爱好者在武夷山主峰黄岗山峰顶举行了"
            "升旗仪式。"
        ),
    ),
    "brunei_sultan_state_visit": dict(
        title="习近平同文莱苏丹哈桑纳尔举行会谈",
        published="2025-02-07",
        body=(
            "新华社北京2月6日电（记者 冯歆然）国家主席习近平6日下午在人民大会堂同来华进行国事访问的文莱苏丹"
            "哈桑纳尔举行会谈。习近平指出，中文两国是隔海相望的友好近邻。哈桑纳尔表示，文方愿同中方深化能源、"
            "数字经济等领域合作。会谈后，两国元首共同见证签署多项合作文件。当晚，习近平和夫人彭丽媛在人民大会堂"
            "举行宴会，欢迎哈桑纳尔。哈桑纳尔于2月5日至8日对中国进行国事访问。"
        ),
    ),
    "maldives_fm_shahid": dict(
        title="王毅同马尔代夫外长沙希德举行会谈",
        published="2023-06-02",
        body=(
            "新华社北京6月1日电 外交部长王毅1日在北京同马尔代夫外长沙希德举行会谈。王毅表示，中方愿同马方"
            "加强发展战略对接，深化基础设施、旅游、海洋等领域合作。沙希德表示，马方感谢中方长期以来提供的宝贵"
            "帮助。此前，美国路透社援引消息人士的话报道称，沙希德此次访华将讨论债务问题。沙希德于5月31日至"
            "6月3日对中国进行正式访问。"
        ),
    ),
    "cctv_scholz_today": dict(
        title="习近平会见德国总理朔尔茨",
        published="2024-04-16",
        body=(
            "今天（4月16日）上午，国家主席习近平在北京钓鱼台国宾馆会见德国总理朔尔茨。习近平指出，中德两国是"
            "世界第二和第三大经济体，双方应从长远和战略高度看待和发展两国关系。朔尔茨表示，德方愿同中方加强对话"
            "合作。朔尔茨是14日抵达重庆，开始对中国进行正式访问的。昨天，朔尔茨在上海同上海市委书记陈吉宁会见。"
            "今天下午，国务院总理李强将同朔尔茨举行会谈。"
        ),
    ),
    "yellen_he_lifeng": dict(
        title="何立峰会见美国财政部长耶伦",
        published="2024-04-08",
        body=(
            "新华社北京4月7日电 国务院副总理何立峰7日在京会见来华访问的美国财政部长耶伦。双方就落实两国元首"
            "旧金山会晤共识、推动中美经贸关系健康发展深入交换意见。耶伦于4日至9日访华，此前在广东广州会见了"
            "广东省省长王伟中。德国电视一台评论称，此访有助于稳定两国经贸关系。"
        ),
    ),
    "caexpo_nanning": dict(
        title="第21届中国－东盟博览会在南宁开幕",
        published="2024-09-25",
        body=(
            "新华社南宁9月24日电（记者 胡星）第21届中国－东盟博览会24日在广西南宁市开幕。中共中央政治局常委、"
            "国务院副总理丁薛祥出席开幕式并致辞。越南政府总理范明政、老挝国会主席赛宋蓬·丰威汉、马来西亚副总理"
            "法迪拉等出席。本届博览会将持续至28日，主题国为马来西亚。开幕式前，丁薛祥在南宁会见了范明政。"
        ),
    ),
    "petro_celac_forum": dict(
        title="习近平同哥伦比亚总统佩特罗举行会谈",
        published="2025-05-15",
        body=(
            "新华社北京5月14日电（记者 温馨）国家主席习近平14日在人民大会堂同来华出席中国－拉美和加勒比国家"
            "共同体论坛第四届部长级会议开幕式并进行国事访问的哥伦比亚总统佩特罗举行会谈。会谈后，两国元首共同"
            "见证签署经贸、农业、科技等领域多份合作文件。13日，中拉论坛第四届部长级会议开幕式在北京国家会议中心"
            "举行，习近平出席并发表主旨讲话，巴西总统卢拉、智利总统博里奇、佩特罗等出席。"
        ),
    ),
    "tanzania_samia_talks": dict(
        title="习近平同坦桑尼亚总统举行会谈",
        published="2025-03-19",
        body=(
            "新华社北京3月18日电（记者 孙楠）3月18日下午，国家主席习近平在人民大会堂同来华进行国事访问的"
            "坦桑尼亚总统萨米娅·苏卢胡·哈桑举行会谈。习近平强调，中方愿同坦方一道，推动中坦全面战略合作伙伴"
            "关系走深走实。坦桑尼亚总统表示，坦方感谢中方为坦赞铁路激活项目提供的支持。两国元首还共同见证签署"
            "农业、卫生、基础设施等领域合作文件。10年前，习近平曾在达累斯萨拉姆同坦方领导人举行会谈。"
        ),
    ),
    "fico_official_visit": dict(
        title="习近平会见斯洛伐克总理菲佐",
        published="2024-11-02",
        body=(
            "新华社北京11月1日电 国家主席习近平1日在钓鱼台国宾馆会见正在中国进行正式访问的斯洛伐克总理菲佐。"
            "习近平指出，今年是中斯建交75周年，双方应巩固政治互信。菲佐表示，斯方坚定奉行一个中国政策。菲佐是应"
            "国务院总理李强邀请，于10月31日至11月5日对中国进行正式访问。10月31日，李强同菲佐在人民大会堂举行"
            "会谈。菲佐还将赴上海出席第七届中国国际进口博览会开幕式。"
        ),
    ),
    "zambia_talks_series_named": dict(
        title="丁薛祥会见赞比亚副总统",
        published="2025-03-18",
        body=(
            "新华社北京3月18日电 国务院副总理丁薛祥18日在北京会见赞比亚副总统纳伦布。丁薛祥表示，中方愿同"
            "赞方一道，用好中非合作论坛机制，推动中赞全面战略合作伙伴关系走深走实。纳伦布表示，赞方支持中非合作"
            "论坛和中阿合作论坛在南南合作中发挥更大作用，愿积极参与“一带一路”国际合作高峰论坛框架下的合作。"
            "去年4月和10月，两国元首两度会晤，为中赞关系发展指明方向。"
        ),
    ),
    "putin_beijing_recalls_march": dict(
        title="普京抵达北京开始国事访问",
        published="2024-06-21",
        body=(
            "新华社北京6月20日电 俄罗斯总统普京20日抵达北京，开始对中国进行国事访问。今年3月，国家主席习近平"
            "对俄罗斯进行国事访问，两国元首在莫斯科举行会谈。两国元首同意双方团队保持沟通，适时举行新一轮磋商。"
            "普京表示，此次访问将进一步推动俄中全面战略协作伙伴关系发展。"
        ),
    ),
    "zhao_leji_nz_speaker": dict(
        title="赵乐际同新西兰议会议长会谈",
        published="2025-04-15",
        body=(
            "新华社北京4月15日电 全国人大常委会委员长赵乐际15日在人民大会堂同来华访问的新西兰议会议长布朗利举行"
            "会谈。赵乐际表示，中方愿同新方加强立法机构交流。布朗利表示，新方愿深化两国议会合作。"
        ),
    ),
    "li_xi_tanzania_focac_outcomes": dict(
        title="李希对坦桑尼亚进行正式友好访问",
        published="2025-03-14",
        body=(
            "新华社达累斯萨拉姆3月13日电 应坦桑尼亚革命党邀请，中共中央政治局常委、中央纪委书记李希3月10日至"
            "13日率中共代表团对坦桑尼亚进行正式友好访问。访问期间，双方表示将共同落实好中非合作论坛北京峰会成果，"
            "推动两国合作取得更多成果。"
        ),
    ),
    "places_inside_regions": dict(
        title="国际联播快讯",
        published="2025-05-18",
        body=(
            "央视网消息：第三十四届阿拉伯国家联盟峰会17日在伊拉克首都巴格达举行，阿盟成员国领导人出席。"
            "另据报道，第十届中国—东盟教育交流论坛16日在贵州贵阳市开幕，东盟国家教育部长出席。"
            "中国同越南、老挝等国通过这一论坛深化了人文交流。"
        ),
    ),
    "ramaphosa_call_recalls": dict(
        title="习近平同南非总统拉马福萨通电话",
        published="2024-06-20",
        body=(
            "新华社北京6月19日电 国家主席习近平19日同南非总统拉马福萨通电话，祝贺他再次当选南非总统。习近平"
            "指出，去年8月，我对南非进行国事访问，同总统先生在比勒陀利亚举行会谈，并共同出席在约翰内斯堡举行的"
            "金砖国家领导人第十五次会晤。拉马福萨感谢习近平的祝贺，表示南非执政党非洲人国民大会将继续致力于"
            "深化对华友好。两国元首还就巴以局势交换了意见。"
        ),
    ),
    "han_zheng_belgium_plain_visit": dict(
        title="丁薛祥访问比利时",
        published="2024-09-14",
        body=(
            "央视网消息：应比利时政府邀请，国务院副总理丁薛祥于当地时间9月9日至11日访问比利时，"
            "在布鲁塞尔会见菲利普-利奥波德国王，并同德克罗总理举行会谈。会见时，丁薛祥转达了习近平主席"
            "对国王的亲切问候。他表示，在习近平主席和国王的战略引领下，中比关系健康发展。"
        ),
    ),
    "anniversary_visit_adelaide": dict(
        title="李强抵达珀斯",
        published="2024-06-17",
        body=(
            "国务院总理李强16日抵达珀斯，开始对澳大利亚进行正式访问。李强表示，在中澳建交50周年之际"
            "到访澳大利亚，期待同澳方深入交流。"
        ),
    ),
    "host_not_at_embedded_forum": dict(
        title="丁薛祥会见塞尔维亚总统",
        published="2025-09-03",
        body="国务院副总理丁薛祥2日在天津会见来华出席2025年上海合作组织峰会的塞尔维亚总统武契奇。",
    ),
    "contacts_suspended": dict(
        title="某国宣布中止同邻国的一切接触",
        published="2024-03-06",
        body="塞尔维亚总统武契奇5日在贝尔格莱德主持召开国家安全委员会会议后宣布，中止同科索沃方面的所有接触和会晤。",
    ),
    "meeting_mechanism_only": dict(
        title="李强谈中越合作",
        published="2024-05-10",
        body="国务院总理李强9日在北京表示，中越两国总理定期会晤机制运行良好，双方要用好两党两国高层会晤机制。",
    ),
    "commemoration_letter": dict(
        title="李强向中法建交60周年纪念大会致贺信",
        published="2024-01-27",
        body="国务院总理李强26日向中法建交60周年纪念大会致贺信。庆祝大会在北京举行，中法两国各界人士出席。",
    ),
    "separate_talks_with_visitors_of_two_events": dict(
        title="习近平分别会见越南总理和斯里兰卡总统",
        published="2024-06-12",
        body=(
            "新华社北京6月12日电 国家主席习近平11日在人民大会堂分别会见来华访问的越南总理范明政"
            "和来华出席夏季达沃斯论坛的斯里兰卡总统迪萨纳亚克。习近平表示，中方愿同各方深化合作。"
        ),
    ),
    "headline_group_led_by_its_speaker": dict(
        title="赵乐际会见由议长萨利赫率领的伊拉克国民议会代表团和巴西总统卢拉",
        published="2025-09-18",
        body=(
            "全国人大常委会委员长赵乐际17日在人民大会堂分别会见伊拉克客人和巴西总统卢拉。"
            "赵乐际表示，中方愿同各方加强立法机构交往。"
        ),
    ),
    "plain_visit_then_two_more_states": dict(
        title="外长访问非洲三国",
        published="2025-01-09",
        body=(
            "外交部长王毅于7日至9日访问肯尼亚，肯尼亚是他此次非洲之行的首站。"
            "随后，他还将访问乍得和尼日利亚。"
        ),
    ),
    "report_day_and_talks_this_week": dict(
        title="多国斡旋美伊会晤",
        published="2026-03-03",
        body="据英国媒体2日报道，阿曼和卡塔尔正在安排美国国务卿与伊朗外长本周晚些时候在马斯喀特会晤。",
    ),
    "separate_talks_with_three_of_one_state": dict(
        title="王毅访问巴西",
        published="2025-05-14",
        body=(
            "外交部长王毅13日在巴西利亚先后会见巴西总统卢拉、副总统阿尔克明和外长维埃拉。"
            "王毅表示，中方愿同巴方加强各领域合作。"
        ),
    ),
    "trade_fairs_with_and_without_a_foreign_party": dict(
        title="两场博览会开幕",
        published="2024-06-06",
        body=(
            "第四届中国—中东欧国家博览会5日在浙江省宁波市开幕，来自多个国家的近千家企业参展。"
            "同日，第三届中哈博览会在新疆乌鲁木齐开幕，由商务部和哈萨克斯坦贸易和一体化部共同主办，"
            "哈萨克斯坦副总理出席开幕式。"
        ),
    ),
    "signed_article_on_departing_for_a_visit": dict(
        title="国家主席在老挝媒体发表署名文章",
        published="2025-11-03",
        body=(
            "新华社北京11月3日电 11月3日，在赴万象对老挝进行国事访问之际，国家主席习近平在老挝《人民报》"
            "发表题为《携手共建命运共同体》的署名文章。"
        ),
    ),
    "visits_to_a_website_are_no_visit": dict(
        title="政务网站访问量创新高",
        published="2025-01-09",
        body="据统计，去年全年共有三亿人次访问政府网站，外交部长王毅表示将继续推进政务公开。",
    ),
    "inviting_host_in_a_later_sentence": dict(
        title="国家主席在蒙古国媒体发表署名文章",
        published="2025-08-19",
        body=(
            "8月19日，在赴乌兰巴托对蒙古国进行国事访问之际，国家主席习近平在蒙古国《日报》发表署名文章。"
            "文章说，应蒙古国总统呼日勒苏赫邀请，我即将对蒙古国进行国事访问。"
        ),
    ),
    "japanese_party_leader_whole_name": dict(
        title="王毅会见日本政党领导人",
        published="2025-04-11",
        body="外交部长王毅10日在北京会见日本公明党党首斋藤铁夫。",
    ),
    "firm_heads_and_surname_names": dict(
        title="丁薛祥会见外国企业负责人和越南客人",
        published="2025-05-12",
        body=(
            "国务院副总理丁薛祥12日在京分别会见了来华出席经济峰会的渣打集团行政总裁温拓思、"
            "西门子公司董事长施耐德和苹果公司首席执行官库克。同日，丁薛祥还在钓鱼台国宾馆会见了"
            "越南副总理陈流光。"
        ),
    ),
    "group_chairman_and_recalled_summit": dict(
        title="丁薛祥会见德国博世集团主席",
        published="2025-06-12",
        body=(
            "国务院副总理丁薛祥11日在北京会见德国博世集团主席施密特。丁薛祥表示，双方要落实好"
            "两国元首柏林会晤达成的共识，欢迎更多德国企业来华投资。"
        ),
    ),
    "talks_later_this_week": dict(
        title="两国外长将在日内瓦会晤",
        published="2025-03-04",  # Tuesday
        body="据外交消息人士3日透露，印度尼西亚外长和澳大利亚外长将于本周晚些时候在日内瓦会晤，讨论地区安全问题。",
    ),
    "counted_talks_are_others": dict(
        title="韩正会见马来西亚总理",
        published="2025-04-15",
        body=(
            "在会见马来西亚总理安瓦尔时，国家副主席韩正转达习近平主席的亲切问候。韩正表示，"
            "习近平主席同你三次会晤，为两国关系发展指明了方向。"
        ),
    ),
    "leaders_meet_the_public": dict(
        title="两国领导人分别发表讲话",
        published="2026-02-04",
        body="土耳其总统埃尔多安3日在安卡拉会见民众时表示，面对美国关税，土耳其不会退让。",
    ),
    "leader_meets_workers": dict(
        title="最高领袖会见工人代表",
        published="2026-02-04",
        body="伊朗最高领袖3日在会见工人代表时表示，面对美国威胁，伊朗人民不会屈服。",
    ),
    "met_during_a_summit": dict(
        title="习近平会见巴西总统",
        published="2024-10-24",
        body="新华社喀山10月23日电 当地时间10月23日，国家主席习近平在喀山出席金砖国家领导人会晤期间会见巴西总统卢拉。",
    ),
    "plan_title_years": dict(
        title="习近平会见越南国家主席",
        published="2026-03-06",
        body=(
            "新华社北京3月5日电 国家主席习近平5日在人民大会堂会见越南国家主席梁强。会见后，习近平和"
            "梁强共同签署了《中越全面战略合作行动计划（2027－2031年）》。"
        ),
    ),
    "visit_of_talks_months_ago": dict(
        title="中巴关系回顾",
        published="2026-09-10",
        body=(
            "新华社北京9月9日电 今年5月12日，国家主席习近平在北京同到访的巴基斯坦总理夏巴兹举行会谈，"
            "两国签署多项合作文件。"
        ),
    ),
    "leaders_meeting_of_a_region": dict(
        title="李强出席中国－东盟领导人会议",
        published="2026-10-27",
        body="新华社吉隆坡10月26日电 国务院总理李强26日在吉隆坡出席第29次中国－东盟领导人会议并发表讲话。",
    ),
    "council_of_a_body": dict(
        title="外长出席人权理事会会议",
        published="2026-03-03",
        body=(
            "新华社日内瓦3月2日电 外交部长王毅2日在日内瓦出席联合国人权理事会高级别会议并发表讲话。"
            "会议通过了《日内瓦部长宣言》。全国人大常委会会议2日在北京闭幕。"
        ),
    ),
    "seychelles_victoria": dict(
        title="国家副主席访问塞舌尔",
        published="2026-04-12",
        body="当地时间4月10日，国家副主席在维多利亚会见塞舌尔总统拉姆卡拉万，双方就深化合作交换意见。",
    ),
    "leaders_met_many_times": dict(
        title="赵乐际会见老挝客人",
        published="2025-11-20",
        body=(
            "全国人大常委会委员长赵乐际20日在人民大会堂会见老挝国会主席赛宋蓬。赵乐际表示，"
            "习近平总书记同老挝领导人多次会晤，为两党两国关系发展指明方向。"
        ),
    ),
    "leaders_hold_talks": dict(
        title="两国领导人举行会晤",
        published="2025-06-03",
        body="国家主席习近平2日在北京同蒙古国领导人举行会晤，双方同意加强互联互通合作。",
    ),
    "talks_preparing_a_summit": dict(
        title="王毅会见哈萨克斯坦外长",
        published="2023-05-12",
        body="外交部长王毅10日在北京会见哈萨克斯坦外长努尔特列乌，为中国－中亚峰会做准备。",
    ),
    "talks_in_a_third_state": dict(
        title="伊俄总统在土库曼斯坦会谈",
        published="2024-10-12",
        body=("伊朗总统佩泽希齐扬与俄罗斯总统普京11日在土库曼斯坦出席国际会议期间举行会谈。"
              "土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫同日会见了佩泽希齐扬。"),
    ),
    "a_common_word_after_an_office": dict(
        title="元首外交密集展开",
        published="2023-08-20",
        body="本周，丁薛祥副总理密集会见来华出席论坛的多国政要，就务实合作交换意见。",
    ),
    "leader_not_going": dict(
        title="俄外长将率团出席峰会",
        published="2023-08-30",
        body=("俄外交部发言人29日表示，根据总统普京的决定，外长拉夫罗夫将率团出席在约翰内斯堡举行的金砖国家领导人会晤。"
              "克里姆林宫此前表示，普京将不会前往南非出席会晤。"),
    ),
    "summit_looked_forward_to": dict(
        title="米尔济约耶夫期待峰会",
        published="2026-03-02",
        body="乌兹别克斯坦总统米尔济约耶夫表示，十分期待第三届中国—中亚峰会，愿同中方深化各领域合作。",
    ),
    "season_before_a_summit": dict(
        title="第二届中国—中亚峰会举行",
        published="2025-06-20",
        body="孟秋时节，第二届中国—中亚峰会在阿斯塔纳举行，习近平主席出席。",
    ),
    "world_region_summit": dict(
        title="第二届非洲基础设施峰会闭幕",
        published="2025-10-09",
        body="第二届非洲基础设施峰会8日在卢旺达首都基加利闭幕，会议通过了关于互联互通的基加利宣言。",
    ),
}

# --------------------------------------------------------------------------------------------
# what an analyst annotates: events per type, then each event's fields (the first one listed is
# the article's main event). Keys of an event: type, and any of edition, start, end, status, city,
# country (exact), persons, countries (expected ⊆ found), no_persons, no_countries (none found).
# The city of talks in 人民大会堂 / 钓鱼台国宾馆 / 国家会议中心 is the dateline's 北京.

XI, WANG_YI, LI_QIANG, ZHAO_LEJI = "Xi Jinping", "Wang Yi", "Li Qiang", "Zhao Leji"
PUTIN, JAPAROV, MIRZIYOYEV = "Vladimir Putin", "Sadyr Japarov", "Shavkat Mirziyoyev"
SCHOLZ, BOLKIAH, RAMAPHOSA = "Olaf Scholz", "Hassanal Bolkiah", "Cyril Ramaphosa"
SAMIA = "Samia Suluhu Hassan"

EXPECTED: dict[str, dict] = {
    "japarov_state_visit": dict(
        counts={"MEETING": 1, "VISIT": 1},
        events={
            "talks": dict(type="MEETING", start="2025-02-05", end="2025-02-05", status="past",
                          city="Beijing", country="CN", persons={XI, JAPAROV, WANG_YI},
                          countries={"CN", "KG"}, no_persons={"杨依军", "董雪"}),
            "visit": dict(type="VISIT", start="2025-02-04", end="2025-02-07", status="ongoing",
                          country="CN", persons={JAPAROV}, countries={"CN", "KG"}),
        }),
    # a visit told as what its visitor is doing ("正在越南进行国事访问的习近平参观了…") is dated by
    # nothing before its clause: that day is the main act's, one day of the visit; a day inside
    # the modifier ("3月8日抵达莫斯科进行国事访问的") and a year that holds it all stay its own; the
    # person whose memorial is visited is not there
    "visit_describing_its_visitor": dict(
        counts={"VISIT": 1},
        events={
            "hanoi": dict(type="VISIT", start=None, end=None, status="ongoing", city="Hanoi",
                          country="VN", persons={XI}, no_persons={"胡志明", "Ho Chi Minh"}),
        }),
    "visit_describing_its_visitor_arrival": dict(
        counts={"VISIT": 1},
        events={
            "moscow": dict(type="VISIT", start="2025-03-08", status="ongoing", city="Moscow", country="RU",
                           persons={"Narendra Modi"}),
        }),
    "visit_describing_its_visitor_year": dict(
        counts={"VISIT": 1},
        events={
            "macron": dict(type="VISIT", start="2024", status="past", country="CN",
                           persons={"Emmanuel Macron", XI}),
        }),
    # an opening told months before the day of writing opened a forum long over (an opening within
    # days tells one under way)
    "forum_opened_months_ago": dict(
        counts={"FORUM": 1},
        events={
            "davos": dict(type="FORUM", start="2023-06", status="past", persons={LI_QIANG, "Phạm Minh Chính"}),
        }),
    # the series' name with its venue put inside ("联合国气候变化巴库大会") and its numbered name
    # in one document: one conference
    "cop_named_with_its_city": dict(
        counts={"FORUM": 1},
        events={
            "cop": dict(type="FORUM", start="2024-11-11", status="ongoing", city="Baku", country="AZ",
                        persons={"Ding Xuexiang"}, countries={"AZ", "CN"}),
        }),
    # a country whose neighbours meet, or that a gathering criticises or discusses, is what is
    # talked about, not a party ("阿富汗邻国外长会", "批评以色列", "讨论美国对古巴的制裁"); "出席论坛"
    # takes up the event last called a forum, not the article's first gathering
    "countries_talked_about": dict(
        counts={"FORUM": 2},
        events={
            "neighbours": dict(type="FORUM", start="2024-09-03", city="Ashgabat", country="TM",
                               countries={"CN", "TM"}, no_countries={"AF", "IR"}),
            "peace": dict(type="FORUM", start="2024-09-24", city="Beijing", countries={"IR"},
                          no_countries={"IL"}),
        }),
    "country_discussed_at_a_forum": dict(
        counts={"FORUM": 1},
        events={
            "cairo": dict(type="FORUM", start="2024-09-23", city="Cairo", country="EG",
                          countries={"EG", "JO"}, no_countries={"US", "CU"}),
        }),
    # the host who accompanies the guest ("通伦陪同参观。") takes part in the visit; who accompanies
    # a leader inspecting at home ("王宁陪同考察") does not; the day after the visit's modifier is
    # the main act's ("…访问的习近平9日在万象参观")
    "host_accompanies_the_guest": dict(
        counts={"VISIT": 1},
        events={
            "laos": dict(type="VISIT", start=None, status="ongoing", city="Vientiane", country="LA",
                         persons={XI, "Thongloun Sisoulith"}, no_persons={"王宁"}),
        }),
    # an undated visit starts the day its visitor arrives in the visited country ("13日抵达韩国首都
    # 首尔"), in that city
    "visit_started_by_arrival": dict(
        counts={"VISIT": 1, "MEETING": 1},
        events={
            "visit": dict(type="VISIT", start="2023-11-13", status="ongoing", city="Seoul", country="KR",
                          persons={"William Ruto"}),
        }),
    # talks told as right after an act of the forum told before ("开幕式后，丁薛祥会见了…") are on
    # the forum's day
    "talks_after_the_opening": dict(
        counts={"FORUM": 1, "MEETING": 1},
        events={
            "talks": dict(type="MEETING", start="2025-11-25", end="2025-11-25", status="past",
                          persons={"Ding Xuexiang"}, countries={"CN", "RU"}),
        }),
    # "将" marking the object of a done act ("将…选择在了非洲") tells no future; "将对…进行" does
    "ba_construction_is_no_future": dict(
        counts={"VISIT": 2},
        events={
            "kenya": dict(type="VISIT", start="2024", status="past", country="KE", persons={XI}),
            "south_africa": dict(type="VISIT", start="2025", status="future", country="ZA", persons={XI}),
        }),
    # whom a letter about a summit goes to ("向…轮值主席…安瓦尔致贺信") chairs it; who sends it does
    # not take part
    "letter_to_the_summit_chair": dict(
        counts={"SUMMIT": 1},
        events={
            "asean": dict(type="SUMMIT", edition=47, city="Kuala Lumpur", country="MY",
                          persons={"Anwar Ibrahim"}, no_persons={XI}, countries={"MY"}),
        }),
    # the years of a chair's term ("担任2027年至2030年…共同主席国") date neither the talks nor the forum
    "co_chair_term": dict(
        counts={"SUMMIT": 1, "MEETING": 1},
        events={
            "summit": dict(type="SUMMIT", start="2024-09-05", status="ongoing", city="Beijing"),
            "talks": dict(type="MEETING", start=None, status="past", persons={XI, "Teodoro Obiang Nguema Mbasogo"}),
        }),
    # "从2019年在…，到2023年在…": each year dates its own stage, no bound of time ("从2013年起" is one)
    "sequence_of_stages": dict(
        counts={"FORUM": 2},
        events={
            "brf2": dict(type="FORUM", edition=2, start="2019", status="past"),
            "brf3": dict(type="FORUM", edition=3, start="2023", status="past"),
        }),
    # the month a summit is put off to ("推迟到10月举行") is its new date, not a bound of time; the
    # month given up ("原定于7月") is not
    "summit_put_off": dict(
        counts={"SUMMIT": 1},
        events={
            "summit": dict(type="SUMMIT", edition=3, start="2025-10", status="future", city="Manila",
                           country="PH"),
        }),
    "boric_phone_call": dict(
        counts={"MEETING": 1},
        events={
            "call": dict(type="MEETING", start="2024-03-12", end="2024-03-12", status="past", city=None,
                         country=None, persons={XI, "Gabriel Boric"}, countries={"CN", "CL"},
                         no_countries={"UA"}),
        }),
    "spokesperson_orsi_visit": dict(
        counts={"VISIT": 1, "MEETING": 3},
        events={
            "visit": dict(type="VISIT", start="2025-06-02", end="2025-06-07", status="future",
                          country="CN", persons={"Yamandú Orsi"}, countries={"CN", "UY"},
                          no_persons={"毛宁"}, no_countries={"UZ"}),
            "xi": dict(type="MEETING", status="future", persons={XI, "Yamandú Orsi"}, countries={"CN", "UY"},
                       no_persons={"毛宁"}, no_countries={"UZ"}),
            "li": dict(type="MEETING", status="future", persons={LI_QIANG, "Yamandú Orsi"}),
            "zhao": dict(type="MEETING", status="future", persons={ZHAO_LEJI, "Yamandú Orsi"}),
        }),
    "wang_yi_cairo_tunis": dict(
        counts={"MEETING": 3, "VISIT": 1},
        events={
            "sisi": dict(type="MEETING", start="2025-01-06", end="2025-01-06", status="past", city="Cairo",
                         country="EG", persons={WANG_YI, "Abdel Fattah el-Sisi"}, countries={"CN", "EG"},
                         no_persons={XI, "姚兵", "董修竹"}),
            "abdelatty": dict(type="MEETING", start="2025-01-06", end="2025-01-06", status="past",
                              city="Cairo", country="EG", persons={WANG_YI, "Badr Abdelatty"},
                              countries={"CN", "EG"}, no_countries={"PS"}),
            "visit": dict(type="VISIT", status="ongoing", country="EG", persons={WANG_YI},
                          countries={"CN", "EG"}),
            "tunis": dict(type="MEETING", start="2025-01-04", end="2025-01-04", status="past", city="Tunis",
                          country="TN", persons={WANG_YI, "努拜提"}, countries={"CN", "TN"}),
        }),
    "sco_astana_summit": dict(
        counts={"SUMMIT": 1, "MEETING": 1},
        events={
            "summit": dict(type="SUMMIT", edition=24, start="2024-07-04", end="2024-07-04", status="past",
                           city="Astana", country="KZ",
                           persons={XI, "Kassym-Jomart Tokayev", PUTIN, "Shehbaz Sharif",
                                    "Alexander Lukashenko", "António Guterres"},
                           countries={"CN", "KZ", "RU", "PK", "BY"}, no_countries={"PT"},
                           no_persons={"郝薇薇", "陈瑶"}),
            "erdogan": dict(type="MEETING", start="2024-07-04", end="2024-07-04", status="past",
                            city="Astana", country="KZ", persons={XI, "Recep Tayyip Erdoğan"},
                            countries={"CN", "TR"}),
        }),
    "xian_mirziyoyev_samarkand": dict(
        counts={"MEETING": 2, "SUMMIT": 1, "VISIT": 1},
        events={
            "talks": dict(type="MEETING", start="2023-05-17", end="2023-05-17", status="past", city="Xi'an",
                          country="CN", persons={XI, MIRZIYOYEV}, countries={"CN", "UZ"},
                          no_persons={"刘华"}),
            "samarkand": dict(type="MEETING", start="2022-09", status="past", city="Samarkand",
                              country="UZ", persons={XI, MIRZIYOYEV}),
            "summit": dict(type="SUMMIT", edition=1, start="2023-05-18", end="2023-05-19", status="future",
                           city="Xi'an", country="CN", persons={MIRZIYOYEV}, countries={"CN", "UZ"}),
            "visit": dict(type="VISIT", status="ongoing", country="CN", persons={MIRZIYOYEV},
                          countries={"CN", "UZ"}),
        }),
    "boao_annual_conference": dict(
        counts={"FORUM": 1, "MEETING": 2},
        events={
            "forum": dict(type="FORUM", start="2024-03-26", end="2024-03-29", status="ongoing", city="Boao",
                          country="CN", persons={ZHAO_LEJI, "Tharman Shanmugaratnam", "Srettha Thavisin"}, countries={"CN", "SG", "TH"},
                          no_persons={"赵叶苹", "郑明达"}),
            "shanmugaratnam": dict(type="MEETING", start="2024-03-28", end="2024-03-28", status="past",
                                   city="Boao", country="CN", persons={ZHAO_LEJI, "Tharman Shanmugaratnam"},
                                   no_persons={"Srettha Thavisin"}),
            "srettha": dict(type="MEETING", start="2024-03-28", end="2024-03-28", status="past",
                            city="Boao", country="CN", persons={ZHAO_LEJI, "Srettha Thavisin"}, no_persons={"Tharman Shanmugaratnam"}),
        }),
    "focac_bilaterals": dict(
        counts={"MEETING": 2, "SUMMIT": 1},
        events={
            "rajoelina": dict(type="MEETING", start="2024-09-03", end="2024-09-03", status="past",
                              city="Beijing", country="CN", persons={XI, "Andry Rajoelina"}, countries={"CN", "MG"},
                              no_persons={"Azali Assoumani"}),
            "azali": dict(type="MEETING", start="2024-09-03", end="2024-09-03", status="past",
                          city="Beijing", country="CN", persons={XI, "Azali Assoumani"}, countries={"CN", "KM"},
                          no_persons={"Andry Rajoelina"}),
            "summit": dict(type="SUMMIT", start="2024-09-04", end="2024-09-06", status="future",
                           city="Beijing", country="CN", persons={"Andry Rajoelina", "Azali Assoumani"},
                           countries={"MG", "KM"}),
        }),
    "belt_road_forum_opening": dict(
        counts={"FORUM": 1, "MEETING": 1},
        events={
            "forum": dict(type="FORUM", edition=3, start="2023-10-17", end="2023-10-18", status="ongoing",
                          city="Beijing", country="CN",
                          persons={XI, PUTIN, "Viktor Orbán", "Joko Widodo"},
                          countries={"CN", "RU", "HU", "ID"}, no_persons={"韩梁"}),
            "talks": dict(type="MEETING", start="2023-10-18", end="2023-10-18", status="past",
                          city="Beijing", country="CN", persons={XI, PUTIN}, countries={"CN", "RU"}),
        }),
    "npc_session_domestic": dict(counts={}, events={}),
    "xiamen_domestic_summit_match": dict(counts={}, events={}),
    "brunei_sultan_state_visit": dict(
        counts={"MEETING": 1, "VISIT": 1},
        events={
            "talks": dict(type="MEETING", start="2025-02-06", end="2025-02-06", status="past",
                          city="Beijing", country="CN", persons={XI, BOLKIAH}, countries={"CN", "BN"},
                          no_countries={"SD"}, no_persons={"冯歆然"}),
            "visit": dict(type="VISIT", start="2025-02-05", end="2025-02-08", status="ongoing",
                          country="CN", persons={BOLKIAH}, countries={"CN", "BN"}, no_countries={"SD"}),
        }),
    "maldives_fm_shahid": dict(
        counts={"MEETING": 1, "VISIT": 1},
        events={
            "talks": dict(type="MEETING", start="2023-06-01", end="2023-06-01", status="past",
                          city="Beijing", country="CN", persons={WANG_YI, "沙希德"}, countries={"CN", "MV"},
                          no_countries={"SA", "US"}),
            "visit": dict(type="VISIT", start="2023-05-31", end="2023-06-03", status="ongoing",
                          country="CN", persons={"沙希德"}, countries={"CN", "MV"},
                          no_countries={"SA", "US"}),
        }),
    "cctv_scholz_today": dict(
        counts={"MEETING": 3, "VISIT": 1},
        events={
            "xi": dict(type="MEETING", start="2024-04-16", end="2024-04-16", status="past", city="Beijing",
                       country="CN", persons={XI, SCHOLZ}, countries={"CN", "DE"}),
            "visit": dict(type="VISIT", start="2024-04-14", status="ongoing", country="CN",
                          persons={SCHOLZ}, countries={"CN", "DE"}),
            "shanghai": dict(type="MEETING", start="2024-04-15", end="2024-04-15", status="past",
                             city="Shanghai", country="CN", persons={SCHOLZ, "陈吉宁"}),
            "li": dict(type="MEETING", start="2024-04-16", end="2024-04-16", status="future",
                       persons={LI_QIANG, SCHOLZ}),
        }),
    "yellen_he_lifeng": dict(
        counts={"MEETING": 3, "VISIT": 1},
        events={
            "beijing": dict(type="MEETING", start="2024-04-07", end="2024-04-07", status="past",
                            city="Beijing", country="CN", persons={"He Lifeng", "耶伦"}, countries={"CN", "US"},
                            no_countries={"DE"}),
            "visit": dict(type="VISIT", start="2024-04-04", end="2024-04-09", status="ongoing",
                          country="CN", persons={"耶伦"}, countries={"CN", "US"}, no_countries={"DE"}),
            "guangzhou": dict(type="MEETING", status="past", city="Guangzhou", country="CN",
                              persons={"耶伦", "王伟中"}),
            "san_francisco": dict(type="MEETING", status="past", city="San Francisco", country="US"),
        }),
    "caexpo_nanning": dict(
        counts={"FORUM": 1, "MEETING": 1},
        events={
            "expo": dict(type="FORUM", edition=21, start="2024-09-24", end="2024-09-28", status="ongoing",
                         city="Nanning", country="CN",
                         persons={"Ding Xuexiang", "Phạm Minh Chính", "赛宋蓬·丰威汉", "法迪拉"},
                         countries={"CN", "VN", "LA", "MY"}, no_persons={"胡星"}),
            # "开幕式前": right before the opening ceremony, on the expo's opening day (not the day
            # it lasts until, "将持续至28日")
            "pham": dict(type="MEETING", start="2024-09-24", status="past", city="Nanning",
                         country="CN", persons={"Ding Xuexiang", "Phạm Minh Chính"}, countries={"CN", "VN"}),
        }),
    "petro_celac_forum": dict(
        counts={"MEETING": 1, "FORUM": 1, "VISIT": 1},
        events={
            "talks": dict(type="MEETING", start="2025-05-14", end="2025-05-14", status="past",
                          city="Beijing", country="CN", persons={XI, "Gustavo Petro"}, countries={"CN", "CO"},
                          no_persons={"温馨"}),
            # the opening ceremony's day starts it; how long it lasted is not said
            "forum": dict(type="FORUM", edition=4, start="2025-05-13", end=None, status="ongoing",
                          city="Beijing", country="CN",
                          persons={XI, "Luiz Inácio Lula da Silva", "Gabriel Boric", "Gustavo Petro"},
                          countries={"CN", "BR", "CL", "CO"}),
            "visit": dict(type="VISIT", status="ongoing", country="CN", persons={"Gustavo Petro"},
                          countries={"CN", "CO"}),
        }),
    "tanzania_samia_talks": dict(
        counts={"MEETING": 2, "VISIT": 1},
        events={
            "talks": dict(type="MEETING", start="2025-03-18", end="2025-03-18", status="past",
                          city="Beijing", country="CN", persons={XI, SAMIA}, countries={"CN", "TZ"},
                          no_countries={"ZM"}, no_persons={"孙楠"}),
            "visit": dict(type="VISIT", status="ongoing", country="CN", persons={SAMIA},
                          countries={"CN", "TZ"}, no_countries={"ZM"}),
            "dar": dict(type="MEETING", start="2015", status="past", city="Dar es Salaam", country="TZ",
                        persons={XI}, countries={"TZ"}),
        }),
    "fico_official_visit": dict(
        counts={"MEETING": 2, "VISIT": 1, "FORUM": 1},
        events={
            "xi": dict(type="MEETING", start="2024-11-01", end="2024-11-01", status="past", city="Beijing",
                       country="CN", persons={XI, "Robert Fico"}, countries={"CN", "SK"}),
            "visit": dict(type="VISIT", start="2024-10-31", end="2024-11-05", status="ongoing",
                          country="CN", persons={"Robert Fico"}, countries={"CN", "SK"}),
            "li": dict(type="MEETING", start="2024-10-31", end="2024-10-31", status="past", city="Beijing",
                       country="CN", persons={LI_QIANG, "Robert Fico"}),
            "ciie": dict(type="FORUM", edition=7, status="future", city="Shanghai", country="CN",
                         persons={"Robert Fico"}),
        }),
    "zambia_talks_series_named": dict(
        counts={"MEETING": 1},
        events={
            "talks": dict(type="MEETING", start="2025-03-18", end="2025-03-18", status="past",
                          city="Beijing", country="CN", countries={"CN", "ZM"}),
        }),
    "putin_beijing_recalls_march": dict(
        counts={"VISIT": 2, "MEETING": 1},
        events={
            "visit": dict(type="VISIT", start="2024-06-20", status="ongoing", city="Beijing", country="CN",
                          persons={PUTIN}, countries={"CN", "RU"}),
            "march_visit": dict(type="VISIT", start="2024-03", end="2024-03", status="past", persons={XI},
                                countries={"CN", "RU"}),
            "moscow": dict(type="MEETING", start="2024-03", end="2024-03", status="past", city="Moscow",
                           country="RU", persons={XI, PUTIN}, countries={"CN", "RU"}),
        }),
    "zhao_leji_nz_speaker": dict(
        counts={"MEETING": 1, "VISIT": 1},
        events={
            "talks": dict(type="MEETING", start="2025-04-15", end="2025-04-15", status="past", city="Beijing",
                          country="CN", persons={ZHAO_LEJI, "布朗利"}, countries={"CN", "NZ"}),
            "visit": dict(type="VISIT", country="CN", persons={"布朗利"}, countries={"CN", "NZ"}),
        }),
    "li_xi_tanzania_focac_outcomes": dict(
        counts={"VISIT": 1, "SUMMIT": 1},
        events={
            "visit": dict(type="VISIT", start="2025-03-10", end="2025-03-13", status="past", country="TZ",
                          persons={"Li Xi"}, countries={"CN", "TZ"}),
            "focac": dict(type="SUMMIT", status="past", city="Beijing", country="CN"),
        }),
    "places_inside_regions": dict(
        counts={"SUMMIT": 1, "FORUM": 1},
        events={
            "arab_league": dict(type="SUMMIT", edition=34, start="2025-05-17", status="past", city="Baghdad",
                                country="IQ"),
            "education_week": dict(type="FORUM", start="2025-05-16", city="Guiyang", country="CN"),
        }),
    "ramaphosa_call_recalls": dict(
        counts={"MEETING": 2, "VISIT": 1, "SUMMIT": 1},
        events={
            "call": dict(type="MEETING", start="2024-06-19", end="2024-06-19", status="past", city=None,
                         country=None, persons={XI, RAMAPHOSA}, countries={"CN", "ZA"},
                         no_countries={"IL", "PS"}),
            "visit": dict(type="VISIT", start="2023-08", status="past", country="ZA", persons={XI},
                          countries={"ZA"}),
            "pretoria": dict(type="MEETING", start="2023-08", status="past", city="Pretoria", country="ZA",
                             persons={XI, RAMAPHOSA}),
            "brics": dict(type="SUMMIT", edition=15, start="2023-08", status="past", city="Johannesburg",
                          country="ZA", persons={XI, RAMAPHOSA}),
        }),
    "han_zheng_belgium_plain_visit": dict(
        counts={"VISIT": 1, "MEETING": 2},
        events={
            # plain "访问" with a country for object is a visit; its range of days is not the talks'
            "visit": dict(type="VISIT", start="2024-09-09", end="2024-09-11", status="past",
                          country="BE", persons={"Ding Xuexiang"}, countries={"BE", "CN"}),
            # a name joined by "-" before its office is whole; whose greetings are passed on, or
            # under whose guidance relations grow, is not at the talks
            "king": dict(type="MEETING", start=None, status="past", city="Brussels", country="BE",
                         persons={"Ding Xuexiang", "菲利普-利奥波德"}, no_persons={XI}),
            "pm": dict(type="MEETING", start=None, status="past", persons={"Ding Xuexiang"},
                       no_persons={XI}),
        }),
    "anniversary_visit_adelaide": dict(
        counts={"VISIT": 1},
        events={
            # the years an anniversary counts back date the founding, not the visit told after it
            "visit": dict(type="VISIT", start="2024-06-16", status="ongoing", city="Perth", country="AU",
                          persons={"Li Qiang"}, countries={"AU", "CN"}),
        }),
    "host_not_at_embedded_forum": dict(
        counts={"MEETING": 1, "SUMMIT": 1},
        events={
            "talks": dict(type="MEETING", start="2025-09-02", city="Tianjin",
                          persons={"Ding Xuexiang", "Aleksandar Vučić"}),
            # who receives the visitor is not said to attend the summit the visitor came for;
            # the year opening its name still dates it
            "sco": dict(type="SUMMIT", start="2025", persons={"Aleksandar Vučić"},
                        no_persons={"Ding Xuexiang"}),
        }),
    "contacts_suspended": dict(counts={"MEETING": 0}, events={}),
    "meeting_mechanism_only": dict(counts={"MEETING": 0}, events={}),
    "commemoration_letter": dict(counts={"FORUM": 0}, events={}),
    "separate_talks_with_visitors_of_two_events": dict(
        counts={"MEETING": 2, "VISIT": 1, "FORUM": 1},
        events={
            "vietnam": dict(type="MEETING", start="2024-06-11", end="2024-06-11", status="past", city="Beijing",
                            country="CN", persons={XI, "Phạm Minh Chính"}, countries={"CN", "VN"},
                            no_countries={"LK"}),
            "sri_lanka": dict(type="MEETING", start="2024-06-11", end="2024-06-11", status="past",
                              city="Beijing", country="CN", persons={XI, "Anura Kumara Dissanayake"},
                              countries={"CN", "LK"}, no_countries={"VN"}),
            "visit": dict(type="VISIT", country="CN", persons={"Phạm Minh Chính"}, countries={"CN", "VN"},
                          no_persons={"Anura Kumara Dissanayake"}, no_countries={"LK"}),
            "forum": dict(type="FORUM", persons={"Anura Kumara Dissanayake"}, countries={"LK"},
                          no_persons={"Phạm Minh Chính"}, no_countries={"VN"}),
        }),
    "headline_group_led_by_its_speaker": dict(
        counts={"MEETING": 2},
        events={
            "iraq": dict(type="MEETING", persons={ZHAO_LEJI, "萨利赫"}, countries={"CN", "IQ"},
                         no_countries={"BR"}),
            "brazil": dict(type="MEETING", persons={ZHAO_LEJI, "Luiz Inácio Lula da Silva"},
                           countries={"CN", "BR"}, no_countries={"IQ"}),
        }),
    "plain_visit_then_two_more_states": dict(
        counts={"VISIT": 3},
        events={
            "kenya": dict(type="VISIT", start="2025-01-07", end="2025-01-09", status="ongoing", country="KE",
                          persons={WANG_YI}, countries={"CN", "KE"}, no_countries={"TD", "NG"}),
            "chad": dict(type="VISIT", status="future", country="TD", persons={WANG_YI},
                         countries={"CN", "TD"}, no_countries={"KE", "NG"}),
            "nigeria": dict(type="VISIT", status="future", country="NG", persons={WANG_YI},
                            countries={"CN", "NG"}, no_countries={"KE", "TD"}),
        }),
    "report_day_and_talks_this_week": dict(
        counts={"MEETING": 1},
        events={
            "talks": dict(type="MEETING", start="2026-03-02", end="2026-03-08", status="future", city="Muscat",
                          country="OM", countries={"US", "IR"}),
        }),
    "separate_talks_with_three_of_one_state": dict(
        counts={"MEETING": 3, "VISIT": 1},
        events={
            "lula": dict(type="MEETING", start="2025-05-13", status="past", city="Brasília", country="BR",
                         persons={WANG_YI, "Luiz Inácio Lula da Silva"}, countries={"CN", "BR"},
                         no_persons={"Mauro Vieira"}),
            "vieira": dict(type="MEETING", start="2025-05-13", status="past", city="Brasília", country="BR",
                           persons={WANG_YI, "维埃拉"}, countries={"CN", "BR"},
                           no_persons={"Luiz Inácio Lula da Silva"}),
        }),
    "trade_fairs_with_and_without_a_foreign_party": dict(
        counts={"FORUM": 1},
        events={
            "kazakh_fair": dict(type="FORUM", edition=3, start="2024-06-05", city="Ürümqi",
                                country="CN", countries={"CN", "KZ"}),
        }),
    "signed_article_on_departing_for_a_visit": dict(
        counts={"VISIT": 1},
        events={
            "visit": dict(type="VISIT", start="2025-11-03", end=None, status="ongoing", city="Vientiane",
                          country="LA", persons={XI}, countries={"CN", "LA"}),
        }),
    "visits_to_a_website_are_no_visit": dict(counts={"VISIT": 0}, events={}),
    "inviting_host_in_a_later_sentence": dict(
        counts={"VISIT": 1},
        events={
            "visit": dict(type="VISIT", start="2025-08-19", status="ongoing", country="MN",
                          persons={XI, "Ukhnaagiin Khürelsükh"}, countries={"CN", "MN"}),
        }),
    "japanese_party_leader_whole_name": dict(
        counts={"MEETING": 1},
        events={
            "talks": dict(type="MEETING", start="2025-04-10", status="past", city="Beijing",
                          persons={WANG_YI, "斋藤铁夫"}, countries={"CN", "JP"}),
        }),
    "firm_heads_and_surname_names": dict(
        counts={"MEETING": 1},
        events={
            # heads of firms are no state's officials; a name in Chinese readings whose given name
            # the segmenter reads as a word ("陈" + "流光") is found whole after its office
            "vietnam": dict(type="MEETING", start="2025-05-12", city="Beijing",
                            persons={"Ding Xuexiang", "陈流光"}, countries={"CN", "VN"},
                            no_persons={"温拓思"}),
        }),
    "talks_later_this_week": dict(
        counts={"MEETING": 1},
        events={
            # a week holding the day of writing, but talks told as ahead: they lie ahead
            "geneva": dict(type="MEETING", status="future", city="Geneva", countries={"ID", "AU"}),
        }),
    "counted_talks_are_others": dict(
        counts={"MEETING": 1},
        events={
            # "三次会晤", talks counted, are other talks than the day's: they lend it no one
            "today": dict(type="MEETING", persons={"Han Zheng", "Anwar Ibrahim"}, no_persons={XI}),

        }),
    "leaders_meet_the_public": dict(counts={"MEETING": 0}, events={}),
    "leader_meets_workers": dict(counts={"MEETING": 0}, events={}),
    "group_chairman_and_recalled_summit": dict(
        counts={"MEETING": 1},
        events={
            # the talks with a company's chairman are none; the heads of state's talks recalled
            # stay an event of their own
            "recalled": dict(type="MEETING", city="Berlin", no_persons={"施密特"}),
        }),
    "met_during_a_summit": dict(
        counts={"MEETING": 1, "SUMMIT": 1},
        events={
            # whom a leader meets "during" a summit is at the talks; the text does not say they
            # attend the summit
            "talks": dict(type="MEETING", start="2024-10-23", city="Kazan", persons={XI, "Luiz Inácio Lula da Silva"},
                          countries={"BR", "CN"}),
            "brics": dict(type="SUMMIT", city="Kazan", country="RU", persons={XI},
                          no_persons={"Luiz Inácio Lula da Silva"}, no_countries={"BR"}),
        }),
    "plan_title_years": dict(
        counts={"MEETING": 1},
        events={
            # the years in the title of a signed plan date the plan, not the talks
            "talks": dict(type="MEETING", start="2026-03-05", end="2026-03-05", status="past", city="Beijing"),
        }),
    "visit_of_talks_months_ago": dict(
        counts={"MEETING": 1, "VISIT": 1},
        events={
            # a visit told in a modifier of talks months before the writing is over
            "talks": dict(type="MEETING", start="2026-05-12", status="past"),
            "visit": dict(type="VISIT", status="past", countries={"CN", "PK"}),
        }),
    "leaders_meeting_of_a_region": dict(
        counts={"SUMMIT": 1},
        events={
            # "领导人会议", the leaders' meeting of a series, is a summit, numbered by "第N次"
            "asean": dict(type="SUMMIT", edition=29, start="2026-10-26", city="Kuala Lumpur", country="MY",
                          persons={LI_QIANG}),
        }),
    "council_of_a_body": dict(
        counts={"FORUM": 1, "MEETING": 0},
        events={
            # a meeting word after an international body's name (through a council's) is its
            # gathering; an office word inside the title of a text names no one
            "hrc": dict(type="FORUM", start="2026-03-02", city="Geneva", country="CH",
                        persons={WANG_YI}, no_persons={"宣言"}),
        }),
    "seychelles_victoria": dict(
        counts={"MEETING": 1},
        events={
            # a city name several countries share is the one of the country the text names
            "talks": dict(type="MEETING", start="2026-04-10", city="Victoria", country="SC"),
        }),
    "leaders_met_many_times": dict(
        counts={"MEETING": 1, "SUMMIT": 0},
        events={
            # "多次会晤", meetings counted, name no one event, not even with "领导人" before them
            "today": dict(type="MEETING", start="2025-11-20", persons={ZHAO_LEJI}, no_persons={XI}),
        }),
    "leaders_hold_talks": dict(
        counts={"MEETING": 1, "SUMMIT": 0},
        events={
            # "领导人举行会晤": leaders holding talks, not a summit named "…领导人会晤"
            "talks": dict(type="MEETING", start="2025-06-02", city="Beijing", persons={XI},
                          countries={"CN", "MN"}),
        }),
    "talks_preparing_a_summit": dict(
        counts={"MEETING": 1, "SUMMIT": 1},
        events={
            "talks": dict(type="MEETING", start="2023-05-10", status="past", city="Beijing",
                          persons={WANG_YI}, countries={"CN", "KZ"}),
            # the summit the talks prepare for: to come, none of the talks' day, place or people
            "summit": dict(type="SUMMIT", start=None, status="future", city=None, no_persons={WANG_YI}),
        }),
    "talks_in_a_third_state": dict(
        counts={"MEETING": 2},
        events={
            # the state two others' talks are held in is their venue, no party to them
            "third": dict(type="MEETING", start="2024-10-11", country="TM", persons={PUTIN, "Masoud Pezeshkian"},
                          countries={"IR", "RU"}, no_countries={"TM"}),
            # its own leader's talks: a party
            "host": dict(type="MEETING", persons={"Masoud Pezeshkian"}, countries={"IR", "TM"}, no_persons={PUTIN}),
        }),
    # a word of the dictionary after an office ("主席密集会见") is no one's name: no talks with anyone
    "a_common_word_after_an_office": dict(counts={"MEETING": 0}, events={}),
    "leader_not_going": dict(
        counts={"SUMMIT": 1},
        events={
            # who decides who goes, and who is told not going, do not take part
            "brics": dict(type="SUMMIT", status="future", city="Johannesburg", persons={"Sergey Lavrov"},
                          no_persons={PUTIN}),
        }),
    "summit_looked_forward_to": dict(
        counts={"SUMMIT": 1},
        events={
            # a summit looked forward to is to come, whatever tense the clause has
            "cca": dict(type="SUMMIT", edition=3, status="future"),
        }),
    "season_before_a_summit": dict(
        counts={"SUMMIT": 1},
        events={
            # a word the segmenter tags a name, before "时节", is a season, no one taking part
            "cca": dict(type="SUMMIT", edition=2, city="Astana", persons={XI}, no_persons={"孟秋"}),
        }),
    "world_region_summit": dict(
        counts={"SUMMIT": 1},
        events={
            # a world region in the name (Africa) is many states: no one country's gathering
            "summit": dict(type="SUMMIT", end="2025-10-08", city="Kigali", country="RW", edition=2),
        }),
}

# domestic gatherings and cue words in another sense: no mention may come from the sentence
# holding these words
DOMESTIC: dict[str, list[str]] = {
    "npc_session_domestic": ["全国人民代表大会", "向大会作政府工作报告", "江苏代表团", "数字经济发展论坛"],
    "xiamen_domestic_summit_match": ["体育产业峰会", "茶产业博览会", "泰国队", "峰顶"],
    "ramaphosa_call_recalls": ["非洲人国民大会"],
    "zambia_talks_series_named": ["中非合作论坛", "中阿合作论坛", "高峰论坛", "两度会晤"],
    "contacts_suspended": ["所有接触和会晤"],  # talks stopped are no talks
    "firm_heads_and_surname_names": ["行政总裁温拓思"],  # heads of firms are no diplomacy
    "meeting_mechanism_only": ["定期会晤机制运行良好"],  # a mechanism, no meeting
    "commemoration_letter": ["纪念大会致贺信", "庆祝大会在北京举行"],  # anniversaries are no events
    # a leader meeting the public; another state's threats or tariffs are the topic, no party
    "leaders_meet_the_public": ["会见民众"],
    "leader_meets_workers": ["会见工人代表"],
    "council_of_a_body": ["全国人大常委会会议"],  # a national body's session is domestic
    # a company's chairman is no official, whatever other talks the article recalls
    "group_chairman_and_recalled_summit": ["集团主席施密特"],
}

# --------------------------------------------------------------------------------------------
# what the pipeline misses, and why: (doc, event or "counts", field or type) -> cause

# causes found by running the stages on each article (article.entities, .dates, the events
# stage's frames, clusters and the notes of rejected clusters)
ATTENDANCE_END = (
    "segmentation._attach_attendance joins a cue-less sentence to the event only when "
    "lang/zh/events.json 'attendance_sentence' matches, and it wants 出席/与会/参会/参加 at the "
    "sentence's END ('…等出席。'); the commonest Xinhua forms '习近平出席会议并发表重要讲话', "
    "'丁薛祥出席开幕式并致辞', '普京、欧尔班、佐科等出席开幕式。' (出席 + 会议/开幕式) are not read, "
    "so their people and countries are missing from the summit/forum")
MAIN_FORUM = (
    "'主论坛' (the forum's main session) is a FORUM cue of its own (triggers: name '主论坛', not "
    "anaphoric, not in generic_names): it founds a second cluster that takes Zhao Leji and the "
    "following '…参会' sentence, then is rejected as domestic (one party, CN)")
PLACE_IN_NAME = (
    "'尚达曼' (model person, SG, from '新加坡总统尚达曼') is read at its second mention '分别会见了尚达曼"
    "和赛塔' as the Saudi city 达曼 (Dammam): entities._names_found_once skips a repeat that any "
    "entity overlaps, so the talks lose Shanmugaratnam and split_separately has one counterpart")
NO_BOAO = (
    "the gazetteer has no 博鳌/Boao (a town of Qionghai, not among the GeoNames cities loaded, nor "
    "in extra_city_names of lang/zh/entities.json) and '海南' is no country: no city, no country")
OFFICE_PORTFOLIO = (
    "entities._countries_from_titles needs the text between country and name to be a title of "
    "lang/zh/entities.json 'titles'; '财政部长' (any '<portfolio>部长' but 国防部长) is not, so '美国"
    "财政部长耶伦' gives Yellen no country: her visit '耶伦于4日至9日访华' has no visitor from abroad "
    "(fields._visit_is_diplomatic rejects it) and the Guangzhou talks no state (not specific)")
DAY_RANGE_FOLLOWER = (
    "dates: a bare day range needs a 'day_followers' word after it (lang/zh/dates.json); '访华' "
    "(and '来华', '访美') is not one, so '4日至9日访华' is read as '4日' alone (至 follows it), "
    "which frames then give to the next clause's talks")
NAME_CUT = (
    "the Chinese segmenter cuts a three-character name before a character that also starts a "
    "word: '省长王伟中' gives the person '王伟' (likewise the reporter '赵叶苹' -> '赵叶')")
UNNAMED_LEADERS = (
    "diplomatic._specific rejects a MEETING with no named person even when the text gives its place "
    "and parties ('两国元首旧金山会晤' with 中美 in the clause): the guide counts an event mentioned "
    "in passing once a place makes it specific")
FORUM_NAME_CUT = (
    "names: the forum name before the cue is cut at '同' of '共同体' (name_boundaries of "
    "lang/zh/events.json hold '同'), giving '体论坛'; it does not match the short form '中拉论坛' "
    "(segmentation._names_compatible), so the embedded forum of the lead and the 13日 forum "
    "sentence stay two FORUMs")
SIDE_ABBREV = (
    "'坦方领导人' is not read as TZ: one-character sides come only from lang/zh/entities.json "
    "'side_abbreviations' (no 坦), and entities._sides_named_in_full only re-targets sides already "
    "found, not the first character of a country the document names in full (坦桑尼亚)")
TALKS_DAY_RULE_ZH = (
    "frames.make_references: when the sentence also holds a talks verb, a visit/summit keeps only "
    "dates after its cue (the day is the talks', as test_documents_fr_afp.TALKS_DAY_RULE): '去年8月，"
    "我对南非进行国事访问，同总统先生…举行会谈，并共同出席…会晤' gives 2023-08 to the talks only")
VISIT_NO_CITY = (
    "'同日，王毅同埃及外长…举行会谈' names no city; places.place_talks_within_their_visit copies only "
    "the current visit's place, which has a country only ('对埃及进行正式访问'), and the day's "
    "earlier talks '在开罗' are not a source")

KNOWN: dict[tuple[str, str, str], str] = {}
_known = partial(add_known, KNOWN)



_known("wang_yi_cairo_tunis", VISIT_NO_CITY, "abdelatty:city", "abdelatty:country")
_known("boao_annual_conference", PLACE_IN_NAME,
       "shanmugaratnam:city",
       "shanmugaratnam:country")
_known("boao_annual_conference", ATTENDANCE_END + "; besides, " + MAIN_FORUM)
_known("boao_annual_conference", NO_BOAO, "forum:city", "forum:country", "srettha:city", "srettha:country")
_known("yellen_he_lifeng", OFFICE_PORTFOLIO + "; besides, " + DAY_RANGE_FOLLOWER, "visit:start",
       "visit:end")
_known("yellen_he_lifeng", OFFICE_PORTFOLIO + "; besides, " + NAME_CUT, "guangzhou:persons")
_known("yellen_he_lifeng", UNNAMED_LEADERS + "; and " + OFFICE_PORTFOLIO + " (Guangzhou talks)",
       )
_known("petro_celac_forum", FORUM_NAME_CUT, "counts:FORUM")
_known("tanzania_samia_talks", SIDE_ABBREV, "dar:countries")
_known("ramaphosa_call_recalls", TALKS_DAY_RULE_ZH, "brics:start")


# --------------------------------------------------------------------------------------------
# the tests (tests/document_tables.py)

(run, test_every_article_has_expectations, test_number_of_events_of_each_type,
 test_domestic_gatherings_are_no_event, test_expected_event_is_found,
 test_field_of_expected_event) = table_tests(DOCS, EXPECTED, DOMESTIC, KNOWN, min_docs=20)
