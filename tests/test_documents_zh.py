"""Whole Chinese documents written for these tests, through every per-document stage: words that
point at an event told later (a headline listing who took part in talks the body tells next)."""
from pathlib import Path

import pytest

from conftest import document_mentions


def mentions(tmp_path: Path, body: str, published: str = "2024-05-20", title: str = "新闻"):
    return document_mentions(tmp_path, body, published, title=title)


def of_type(tmp_path: Path, body: str, published: str, *types: str) -> list:
    """The mentions of the document of one of ``types``."""
    return [m for m in mentions(tmp_path, body, published) if m.type in types]


@pytest.mark.slow
def test_a_headline_of_who_attended_joins_the_talks_told_after_it(tmp_path):
    body = ("王毅赵乐际参加会见\n"
            "国家主席习近平20日在北京人民大会堂会见来华进行国事访问的智利总统博里奇。\n"
            "双方就深化两国合作深入交换意见。\n"
            "王毅、赵乐际等参加会见。")
    meetings = [m for m in mentions(tmp_path, body) if m.type == "MEETING"]
    assert len(meetings) == 1
    assert {"Xi Jinping", "Wang Yi", "Zhao Leji"} <= set(meetings[0].persons)
    assert set(meetings[0].countries) == {"CN", "CL"}
    assert meetings[0].start == "2024-05-20" and meetings[0].city == "Beijing"


@pytest.mark.slow
def test_a_headline_of_who_attended_a_domestic_meeting_gives_no_event(tmp_path):
    body = ("丁薛祥何立峰参加会见\n"
            "国家主席习近平20日在中南海会见来京述职的澳门特别行政区行政长官，听取他对澳门形势的汇报。\n"
            "丁薛祥、何立峰等参加会见。")
    assert [m for m in mentions(tmp_path, body) if m.type == "MEETING"] == []


@pytest.mark.slow
def test_the_day_of_a_chinese_dateline_is_the_filing_day_not_the_event_day(tmp_path):
    body = "新华社开罗3月12日电 埃及外长阿卜杜勒阿提11日在开罗同土耳其外长费丹举行会谈，双方讨论了地区局势。"
    found = of_type(tmp_path, body, "2025-03-12", "MEETING")
    assert [(m.start, m.city) for m in found] == [("2025-03-11", "Cairo")]


@pytest.mark.slow
def test_a_range_of_days_told_later_gives_the_span_of_an_event_opened_on_one_of_them(tmp_path):
    body = ("第四届中国—非洲经贸博览会开幕式29日在长沙举行，国务院副总理何立峰出席开幕式并致辞，"
            "塞内加尔总统法耶出席。本届博览会于29日至7月2日举行，来自50多个国家的代表参会。")
    expos = of_type(tmp_path, body, "2025-06-30", "FORUM")
    assert [(m.start, m.end, m.status) for m in expos] == [("2025-06-29", "2025-07-02", "ongoing")]


@pytest.mark.slow
def test_a_leader_who_came_to_attend_a_summit_is_in_the_middle_of_it(tmp_path):
    body = "国家主席习近平14日在人民大会堂会见来华出席第二届中非农业合作论坛的肯尼亚总统鲁托。"
    forums = of_type(tmp_path, body, "2024-05-14", "FORUM")
    assert [(m.status, m.country) for m in forums] == [("ongoing", "CN")]


@pytest.mark.slow
def test_an_event_a_visitor_came_to_attend_is_in_the_country_of_arrival(tmp_path):
    body = "国务院副总理丁薛祥12日会见来华出席第七届进博会的印度尼西亚总统佐科。"
    found = {m.type: m for m in mentions(tmp_path, body, "2024-11-12")}
    assert (found["FORUM"].country, found["FORUM"].status) == ("CN", "ongoing")


@pytest.mark.slow
def test_the_year_opening_an_event_name_dates_it_beside_the_day_of_the_talks(tmp_path):
    body = "国务院副总理丁薛祥5日在上海会见来华出席2024年东亚合作论坛的老挝总理宋赛。"
    found = {m.type: m for m in mentions(tmp_path, body, "2024-11-05")}
    assert found["MEETING"].start == "2024-11-05" and found["FORUM"].start == "2024"


@pytest.mark.slow
def test_an_expo_that_lasts_until_a_later_day_ends_on_it(tmp_path):
    body = "第二届中国—南亚农业博览会24日在昆明开幕，斯里兰卡总统迪萨纳亚克出席开幕式。本届博览会将持续至28日。"
    expos = of_type(tmp_path, body, "2025-06-25", "FORUM")
    assert [(m.start, m.end, m.status) for m in expos] == [("2025-06-24", "2025-06-28", "ongoing")]


@pytest.mark.slow
def test_a_city_compounded_with_the_event_word_is_its_place(tmp_path):
    body = "外交部长王毅表示，中美旧金山会晤达成的共识正在得到落实。"
    assert [(m.city, m.country) for m in mentions(tmp_path, body, "2024-12-18")] == [("San Francisco", "US")]


@pytest.mark.slow
def test_this_years_annual_session_gives_the_forums_span(tmp_path):
    body = ("2025夏季达沃斯论坛开幕式24日在天津举行，国务院总理李强出席并致辞，厄瓜多尔总统诺沃亚出席。"
            "本届年会于24日至26日举行。")
    forums = of_type(tmp_path, body, "2025-06-25", "FORUM")
    assert [(m.start, m.end, m.status) for m in forums] == [("2025-06-24", "2025-06-26", "ongoing")]


@pytest.mark.slow
def test_an_event_of_this_year_a_visitor_came_to_attend_is_under_way(tmp_path):
    body = "国务院总理李强24日在天津会见来华出席2025年夏季达沃斯论坛的厄瓜多尔总统诺沃亚。"
    forums = of_type(tmp_path, body, "2025-06-24", "FORUM")
    assert [(m.start, m.status) for m in forums] == [("2025", "ongoing")]


@pytest.mark.slow
def test_who_tells_talks_someone_else_held_is_no_party_to_them(tmp_path):
    body = ("外交部长王毅12日在北京会见巴西外长维埃拉。王毅表示，去年习近平主席同卢拉总统在里约热内卢"
            "举行会谈，达成重要共识。")
    talks = {m.start: m for m in mentions(tmp_path, body, "2025-03-13") if m.type == "MEETING"}
    assert set(talks["2024"].persons) == {"Xi Jinping", "Luiz Inácio Lula da Silva"}
    assert "Wang Yi" in talks["2025-03-12"].persons


@pytest.mark.slow
def test_i_in_a_quote_running_on_in_its_paragraph_is_the_speaker(tmp_path):
    body = ("国家主席习近平10日在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。\n"
            "习近平指出，中哈是友好邻邦。我此次对哈萨克斯坦的国事访问是友谊之旅。")
    visits = of_type(tmp_path, body, "2025-06-11", "VISIT")
    assert len(visits) == 1 and "Xi Jinping" in visits[0].persons and visits[0].country == "KZ"


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "王毅表示，近年来，习近平主席同卢拉总统多次会晤，为两国关系指明方向。",
    "李强指出，中俄两国领导人屡次通电话，保持密切沟通。",
    # a span of years sums up many events, none of which it tells
    "近年来，国家主席先后同来华访问的加纳总统、尼日利亚总统会晤，推动双边关系不断发展。",
    # a body acting: no gathering
    "第79届联大主席杨代表联合国大会向地震灾区人民表示慰问。",
])
def test_many_meetings_over_years_and_bodies_acting_are_no_event(tmp_path, body):
    assert mentions(tmp_path, body, "2025-05-25") == ()


@pytest.mark.slow
def test_a_forum_named_in_a_co_chairs_office_is_no_event_and_the_attendees_join_the_day_s_event(tmp_path):
    body = ("习近平和南非总统拉马福萨24日在约翰内斯堡共同主持中非领导人对话会。非盟轮值主席、科摩罗总统阿扎利，"
            "中非合作论坛非方共同主席国、塞内加尔总统萨勒，赞比亚总统希奇莱马等出席。")
    found = mentions(tmp_path, body, "2023-08-25")
    assert [m.name for m in found] == ["中非领导人对话会"]
    assert {"Azali Assoumani", "Macky Sall"} <= set(found[0].persons)


@pytest.mark.slow
@pytest.mark.parametrize("body, country", [
    ("习近平表示，中方支持哈方明年举办第二届中国－中亚峰会。", "KZ"),
    ("王毅表示，中方积极支持俄方办好第十届金砖国家议会论坛。", "RU"),
])
def test_the_side_that_hosts_an_event_gives_its_country(tmp_path, body, country):
    assert [m.country for m in mentions(tmp_path, body, "2024-07-04")] == [country]


@pytest.mark.slow
def test_the_day_a_leader_attends_a_summit_of_a_series_lasting_days_it_is_under_way(tmp_path):
    body = "国家主席习近平11日在利马出席亚太经合组织第三十一次领导人非正式会议并发表讲话。"
    summits = of_type(tmp_path, body, "2024-11-11", "SUMMIT")
    assert [(m.start, m.status) for m in summits] == [("2024-11-11", "ongoing")]


@pytest.mark.slow
def test_this_visit_told_with_what_was_signed_during_it_is_under_way(tmp_path):
    body = ("国家主席习近平10日在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。\n"
            "习近平指出，我此次对哈萨克斯坦的国事访问是友谊之旅。访问期间，双方签署了多项合作文件。")
    visits = of_type(tmp_path, body, "2025-06-11", "VISIT")
    assert [m.status for m in visits] == ["ongoing"]


@pytest.mark.slow
def test_the_day_of_a_statement_is_not_the_day_of_the_talks_it_recalls(tmp_path):
    body = "冰岛外长古德里德松8日表示，他在会见英国官员时重申了冰岛在渔业问题上的立场。"
    found = of_type(tmp_path, body, "2025-03-09", "MEETING")
    assert found and all(m.start is None for m in found)


@pytest.mark.slow
def test_that_day_after_a_statement_day_is_the_statement_day(tmp_path):
    body = ("乌方称，乌军6日对一处油气平台发动袭击。\n"
            "俄罗斯总统特别代表德米特里耶夫7日表示，当天在美国迈阿密和美方代表展开磋商，双方讨论具有建设性。")
    found = of_type(tmp_path, body, "2025-03-08", "MEETING")
    assert [m.start for m in found] == ["2025-03-07"]


@pytest.mark.slow
def test_an_envoy_of_a_president_is_not_the_president(tmp_path):
    body = ("国务院副总理何立峰12日在京会见法国总统外交顾问博纳。何立峰表示，去年马克龙总统访华，"
            "两国元首达成重要共识。")
    found = of_type(tmp_path, body, "2025-03-13", "MEETING")
    assert found and all("Emmanuel Macron" not in m.persons for m in found)


@pytest.mark.slow
def test_whose_envoy_someone_is_does_not_take_part(tmp_path):
    body = "俄罗斯总统普京10日在莫斯科会见美国总统特朗普特使威特科夫，双方讨论了乌克兰问题。"
    found = of_type(tmp_path, body, "2025-04-11", "MEETING")
    assert len(found) == 1 and "Vladimir Putin" in found[0].persons and "Donald Trump" not in found[0].persons


@pytest.mark.slow
def test_leaders_who_send_letters_to_a_forum_are_not_its_participants(tmp_path):
    body = "国家主席习近平同巴西总统卢拉15日分别向在上海举行的中国巴西人文交流论坛致贺信。"
    forums = of_type(tmp_path, body, "2025-04-16", "FORUM")
    assert forums and not {"Xi Jinping", "Luiz Inácio Lula da Silva"} & set(forums[0].persons)


@pytest.mark.slow
def test_who_recalls_talks_held_by_a_compatriot_is_not_at_them(tmp_path):
    body = ("国家副主席韩正10日在京会见肯尼亚副总统。韩正说，今年4月，习近平主席同鲁托总统在第三届“一带一路”"
            "国际合作高峰论坛期间成功会晤，为两国关系发展指明方向。")
    recalled = [m for m in mentions(tmp_path, body, "2025-06-11") if m.start == "2025-04"]
    assert recalled and all("Han Zheng" not in m.persons for m in recalled)


@pytest.mark.slow
def test_a_host_recalling_a_visit_to_their_country_was_at_it(tmp_path):
    body = "普京表示，今年5月习近平主席对俄进行成功国事访问，我们就许多重大问题进行了深入沟通。"
    visits = of_type(tmp_path, body, "2025-09-01", "VISIT")
    assert len(visits) == 1 and {"Xi Jinping", "Vladimir Putin"} <= set(visits[0].persons)


@pytest.mark.slow
def test_talks_held_by_another_leader_of_the_same_state_are_other_talks(tmp_path):
    body = ("欢迎仪式后，李强同皮埃尔举行会谈。\n李强表示，两国建交以来关系稳步发展。习近平主席同总理先生"
            "举行会晤，为两国关系发展指明了方向。")
    found = mentions(tmp_path, body, "2025-06-11", title="李强同圣卢西亚总理会谈")
    talks = [m for m in found if m.type == "MEETING" and "Li Qiang" in m.persons]
    assert len(talks) == 1 and "Xi Jinping" not in talks[0].persons


@pytest.mark.slow
@pytest.mark.parametrize("future", [True, False])
def test_the_speaker_does_not_hold_talks_another_leader_holds_with_the_addressee(tmp_path, future):
    """"X表示，…。Y主席将同总理先生举行会晤": Y holds those talks with the guest addressed, X (the
    speaker) only tells of them."""
    verb = "将同首相先生举行会晤" if future else "同首相先生举行了富有成果的会晤"
    body = ("欢迎仪式后，丁薛祥同洪玛奈举行会谈。\n丁薛祥表示，两国关系不断发展。习近平主席"
            f"{verb}，为两国关系发展指明方向。")
    found = mentions(tmp_path, body, "2025-06-11", title="丁薛祥同柬埔寨首相会谈")
    talks = [m for m in found if m.type == "MEETING" and "Xi Jinping" in m.persons]
    assert len(talks) == 1 and "Ding Xuexiang" not in talks[0].persons


@pytest.mark.slow
def test_a_visit_is_paid_to_its_hosts_country_not_to_the_places_said_during_it(tmp_path):
    body = "约旦国王阿卜杜拉二世10日对到访的法国外长巴罗说，以色列对黎巴嫩首都贝鲁特的空袭将危及地区稳定。"
    visits = of_type(tmp_path, body, "2025-03-11", "VISIT")
    assert len(visits) == 1 and visits[0].country == "JO"


@pytest.mark.slow
def test_a_delegation_visit_is_not_a_body_acting(tmp_path):
    body = "应南非非洲人国民大会邀请，中共中央政治局常委李希5日至7日率中共代表团对南非进行正式友好访问。"
    assert [m.type for m in mentions(tmp_path, body, "2025-03-08")] == ["VISIT"]


@pytest.mark.slow
def test_two_leaders_meeting_young_people_of_both_countries_is_no_diplomacy(tmp_path):
    body = "两国领导人在河内共同会见中越两国青年和友好人士代表，并发表讲话。"
    assert of_type(tmp_path, body, "2025-04-15", "MEETING") == []


@pytest.mark.slow
@pytest.mark.parametrize("body, expected", [
    # a party of the home country (its name begins with it) is the home country's: no second state
    ("新华社北京3月2日电 中共中央总书记习近平2日在北京会见中国国民党副主席林明德一行。", []),
    ("新华社北京3月2日电 中共中央政治局常委王沪宁2日在北京会见中国致公党主席蒋作君。", []),
    # a party of another state named before its office is that state's
    ("新华社北京3月2日电 中共中央总书记习近平2日在北京会见越南共产党中央委员会总书记阮青山。", [["CN", "VN"]]),
])
def test_talks_with_an_office_of_a_party_take_the_country_the_party_is_named_by(tmp_path, body, expected):
    talks = of_type(tmp_path, body, "2025-03-03", "MEETING")
    assert [sorted(m.countries) for m in talks] == expected


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "新华社华盛顿5月5日电 美国总统特朗普5日宣布取消原定与伊朗外长阿拉格齐在日内瓦的会谈。",
    "新华社莫斯科5月5日电 俄罗斯总统普京5日取消了原定在阿斯塔纳同托卡耶夫会晤的安排。",
])
def test_talks_called_off_are_no_event(tmp_path, body):
    assert of_type(tmp_path, body, "2025-05-06", "MEETING") == []


@pytest.mark.slow
def test_talks_about_lifting_something_are_still_talks(tmp_path):
    body = "新华社利雅得5月5日电 俄罗斯外长拉夫罗夫和美国国务卿鲁比奥5日在利雅得举行关于取消制裁的会谈。"
    assert [m.type for m in mentions(tmp_path, body, "2025-05-06")] == ["MEETING"]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    # a visitor glad to be visiting, now or this year
    "新华社北京4月21日电 国家主席习近平21日在北京同肯尼亚总统鲁托举行会谈。鲁托表示，很高兴今年再次"
    "对中国进行国事访问。",
    "新华社北京4月21日电 国家主席习近平21日在北京会见肯尼亚总统鲁托。鲁托表示，很高兴访华。",
])
def test_a_visit_the_guest_is_glad_to_pay_is_under_way(tmp_path, body):
    visits = of_type(tmp_path, body, "2025-04-22", "VISIT")
    assert [v.status for v in visits] == ["ongoing"]


@pytest.mark.slow
@pytest.mark.parametrize("body, name", [
    # a meeting of heads of state or government is a summit, whatever council it is of
    ("新华社加德满都5月3日电 第十届南亚区域合作联盟首脑理事会会议3日在加德满都召开。",
     "第十届南亚区域合作联盟首脑理事会会议"),
    ("新华社布鲁塞尔5月3日电 欧盟首脑会议3日在布鲁塞尔举行。", "欧盟首脑会议"),
    ("新华社明斯克5月3日电 独联体国家元首第三十次会议3日在明斯克举行。", "独联体国家元首第三十次会议"),
])
def test_a_meeting_of_heads_is_a_summit(tmp_path, body, name):
    assert [(m.type, m.name) for m in mentions(tmp_path, body, "2024-05-04")] == [("SUMMIT", name)]



@pytest.mark.slow
@pytest.mark.parametrize("body", [
    # a commendation rally of one's own society (表彰大会; so are 动员, 誓师, 追悼 rallies), whoever else
    # is at the reception
    "新华社北京9月30日电 各界知名人士代表，全国先进集体表彰大会部分代表及少数民族代表，在京的部分香港"
    "特别行政区人士、澳门特别行政区人士、台湾同胞和华侨、华人代表，各国驻华使节等也出席了招待会。",
])
def test_a_rally_of_ones_own_society_is_no_forum(tmp_path, body):
    assert of_type(tmp_path, body, "2024-10-01", "FORUM") == []


@pytest.mark.slow
def test_a_forum_named_only_by_its_kind_after_an_indefinite_word_is_no_event(tmp_path):
    body = "美国特使杰夫·兰德里17日抵达格陵兰岛，并称计划出席当地一个经济论坛。"
    assert of_type(tmp_path, body, "2026-05-19", "FORUM") == []


@pytest.mark.slow
@pytest.mark.parametrize("body, name, edition, start, end", [
    # a forum series' numbered ministerial meeting is one named gathering, named whole
    ("中非合作论坛第九届部长级会议12日在达喀尔开幕，外交部长王毅出席。", "中非合作论坛第九届部长级会议", 9, "2025-03-12", None),
    # a numbered meeting of foreign ministers of a group of states is a meeting series
    ("第三次中国—太平洋岛国外长会12日在厦门举行，外交部长王毅主持。", "第三次中国—太平洋岛国外长会", 3, "2025-03-12", "2025-03-12"),
    # a verb-like word right after the ordinal is part of the name ("创新", "发展")
    ("副总理丁薛祥12日在新加坡出席第四届创新发展论坛开幕式并致辞，新加坡总理黄循财出席。", "第四届创新发展论坛", 4,
     "2025-03-12", None),
    # "首届": the first edition
    ("中阿合作论坛首届部长级会议2004年9月在开罗举行。", "中阿合作论坛首届部长级会议", 1, "2004-09", "2004-09"),
    # a date put before the name, the opening told after it: the opening day, the end unsaid
    ("3月12日，中国—阿拉伯国家合作论坛第十一届部长级会议在利雅得开幕，沙特外交大臣费萨尔出席。",
     "中国—阿拉伯国家合作论坛第十一届部长级会议", 11, "2025-03-12", None),
])
def test_numbered_meetings_of_a_series_are_named_whole(tmp_path, body, name, edition, start, end):
    forums = of_type(tmp_path, body, "2025-03-13", "FORUM")
    assert [(f.name, f.edition, f.start, f.end) for f in forums] == [(name, edition, start, end)]


@pytest.mark.slow
def test_a_fronted_date_with_the_opening_told_after_the_name_leaves_the_end_open(tmp_path):
    body = "3月12日，中国—中东欧国家领导人第五次会议在布达佩斯开幕，匈牙利总理欧尔班出席。"
    summits = of_type(tmp_path, body, "2025-03-13", "SUMMIT")
    assert [(s.start, s.end, s.status) for s in summits] == [("2025-03-12", None, "ongoing")]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "外交部长王毅12日在北京会见巴基斯坦副总理兼外长达尔。",  # "外长会见": a minister met someone
    "中亚五国外长12日在阿斯塔纳国际会议中心合影留念。",  # the conference centre is a building
])
def test_a_ministers_verb_or_a_conference_hall_is_no_forum(tmp_path, body):
    assert of_type(tmp_path, body, "2025-03-13", "FORUM") == []


@pytest.mark.slow
def test_the_first_edition_recalled_keeps_its_own_date(tmp_path):
    body = ("外交部长王毅12日出席中非合作论坛第九届部长级会议开幕式。\n"
            "王毅指出，2000年，中非合作论坛首届部长级会议在北京举行，开启了中非合作新篇章。")
    forums = sorted((m.edition, m.start) for m in mentions(tmp_path, body, "2025-03-12") if m.type == "FORUM")
    assert forums == [(1, "2000"), (9, "2025-03-12")]


@pytest.mark.slow
@pytest.mark.parametrize("body, start", [
    # the day is the briefing's; the summit briefed on is to come
    ("6月9日，外交部就李强总理出席第二十七次中国—东盟领导人会议举行中外媒体吹风会。", None),
    # a day said inside the topic is the event's own
    ("外交部9日就李强总理将于6月12日出席第二十七次中国—东盟领导人会议举行中外媒体吹风会。", "2025-06-12"),
])
def test_an_event_a_briefing_is_about_takes_no_date_of_the_briefing(tmp_path, body, start):
    summits = of_type(tmp_path, body, "2025-06-09", "SUMMIT")
    assert [(s.start, s.status) for s in summits] == [(start, "future")]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "各方将充分发挥上合组织睦邻友好委员会作用，继续办好媒体合作论坛、妇女论坛、青年交流营等品牌活动。",
    "东盟秘书长高金洪表示，东盟愿同中方继续办好中国—东盟媒体论坛、青年企业家论坛、教育交流周等品牌活动。",
])
def test_forums_listed_as_a_bodys_standing_activities_are_no_events(tmp_path, body):
    assert of_type(tmp_path, body, "2025-07-05", "FORUM") == []


@pytest.mark.slow
@pytest.mark.parametrize("body, countries, start, status", [
    # negotiations held at a place are a meeting of the sides named
    ("伊朗和美国新一轮谈判将于17日在阿曼首都马斯喀特举行。", {"IR", "US"}, "2026-02-17", "future"),
    ("以色列、埃及和卡塔尔代表16日出席了在多哈举行的新一轮停火谈判。", {"EG", "IL", "QA"}, "2026-02-16", "past"),
])
def test_negotiations_held_somewhere_are_talks(tmp_path, body, countries, start, status):
    talks = of_type(tmp_path, body, "2026-02-17", "MEETING")
    assert [(countries <= set(t.countries), t.start, t.status) for t in talks] == [(True, start, status)]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "普京说，在俄罗斯和乌克兰第二轮直接谈判前夕，乌方发动袭击。",  # a time, not a gathering told
    "中国和美国同意通过谈判解决分歧。",  # negotiation as a means
])
def test_negotiation_as_a_process_is_no_meeting(tmp_path, body):
    assert of_type(tmp_path, body, "2026-02-17", "MEETING") == []


@pytest.mark.slow
def test_a_series_of_leaders_meetings_is_a_summit(tmp_path):
    body = "当地时间10月10日，国务院总理李强在万象出席东亚合作领导人系列会议期间会见泰国总理佩通坦。"
    summits = of_type(tmp_path, body, "2024-10-11", "SUMMIT")
    assert [(s.name, s.city) for s in summits] == [("东亚合作领导人系列会议", "Vientiane")]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    # the year a span runs from ("…以来") bounds something else
    "这是2014年乌克兰危机爆发以来，法国总统首次访问俄罗斯。马克龙此次访问俄罗斯为期两天。",
    "这是2019年两国关系恶化以来，韩国总统尹锡悦首次对日本进行国事访问。",
])
def test_the_year_a_span_runs_from_does_not_date_a_visit(tmp_path, body):
    visits = of_type(tmp_path, body, "2023-03-16", "VISIT")
    assert visits and all(v.start is None or not v.start.startswith(("2014", "2019")) for v in visits)


@pytest.mark.slow
def test_a_summit_named_by_its_outcomes_takes_no_later_date(tmp_path):
    body = "双方愿以落实金砖国家领导人喀山会晤成果和2027年“人文交流年”为契机，推动两国关系发展。"
    summits = of_type(tmp_path, body, "2026-04-21", "SUMMIT")
    assert [(s.start, s.status) for s in summits] == [(None, "past")]


@pytest.mark.slow
@pytest.mark.parametrize("body, published", [
    ("国家主席习近平17日在曼谷以书面形式向亚太经合组织工商领导人峰会发表演讲，泰国总理巴育出席。", "2022-11-18"),
    ("第五届中国—新加坡金融峰会20日在重庆开幕，新加坡副总理颜金勇出席。", "2023-04-21"),
])
def test_a_summit_of_a_trade_is_a_forum(tmp_path, body, published):
    assert sorted(m.type for m in of_type(tmp_path, body, published, "SUMMIT", "FORUM")) == ["FORUM"]


@pytest.mark.slow
def test_a_summit_in_whose_margin_talks_are_held_that_day_is_under_way(tmp_path):
    """Its effects told in the future ("相信峰会将推动…") do not make it one to come."""
    body = ("当地时间7月4日上午，国家主席习近平在阿斯塔纳出席上海合作组织成员国元首理事会第二十四次会议期间会见"
            "白俄罗斯总统卢卡申科。\n卢卡申科表示，相信此次峰会将推动上合组织各领域合作。")
    summits = of_type(tmp_path, body, "2024-07-04", "SUMMIT")
    assert [s.status for s in summits] == ["ongoing"]


@pytest.mark.slow
@pytest.mark.parametrize("body, status", [
    # a future told after the talks' own clause is of what follows them, not theirs
    ("国务院总理李强2日在京会见来华进行国事访问的巴西总统卢拉。\n李强表示，习近平主席同总统先生举行会谈，"
     "共同宣布将两国关系提升为全面战略伙伴关系。", "past"),
    ("纳伦德拉·莫迪表示，我同习近平主席去年在喀山的会晤为两国关系指明方向，两国即将恢复直航。", "past"),
    # a future before them, in their sentence, is theirs
    ("外交部宣布，习近平主席将于下周同来访的巴西总统卢拉举行会谈，双方将签署多项合作文件。", "future"),
])
def test_a_future_after_the_talks_own_clause_is_not_theirs(tmp_path, body, status):
    talks = [m for m in mentions(tmp_path, body, "2024-09-03") if m.type == "MEETING" and "Xi Jinping" in m.persons]
    assert [t.status for t in talks] == [status]


@pytest.mark.slow
def test_the_visitor_named_after_a_list_of_offices_is_the_visits(tmp_path):
    body = "4月15日上午，国家主席习近平在人民大会堂同来华进行国事访问的老挝人民革命党中央总书记、国家主席通伦共同会见中老青年代表。"
    visits = of_type(tmp_path, body, "2026-04-15", "VISIT")
    assert len(visits) == 1 and "Thongloun Sisoulith" in visits[0].persons


@pytest.mark.slow
@pytest.mark.parametrize("body, speaker", [
    # who speaks of a summit or forum is not said to attend it
    ("王毅说，下月上海合作组织成员国元首理事会第二十五次会议将在天津举行，中方将全力办好这次峰会。", "Wang Yi"),
    ("李强表示，今年7月的阿斯塔纳峰会上，各成员国领导人就深化安全合作达成重要共识。", "Li Qiang"),
])
def test_who_speaks_of_a_summit_is_not_its_participant(tmp_path, body, speaker):
    summits = of_type(tmp_path, body, "2025-08-02", "SUMMIT")
    assert summits and all(speaker not in s.persons for s in summits)


@pytest.mark.slow
def test_a_relative_month_before_a_name_is_not_part_of_it(tmp_path):
    body = "外交部发言人说，下月上海合作组织成员国元首理事会第二十五次会议将在天津举行。"
    summits = of_type(tmp_path, body, "2025-08-02", "SUMMIT")
    assert [(s.name, s.start) for s in summits] == [("上海合作组织成员国元首理事会第二十五次会议", "2025-09")]


@pytest.mark.slow
def test_who_holds_a_ceremony_before_the_talks_does_not_hold_them(tmp_path):
    body = ("国家主席习近平12日下午在人民大会堂同来华进行国事访问的荷兰国王威廉-亚历山大举行会谈。\n"
            "会谈前，习近平和夫人彭丽媛为威廉-亚历山大和王后马克西玛举行欢迎仪式。")
    talks = of_type(tmp_path, body, "2025-11-13", "MEETING")
    assert len(talks) == 1 and "Peng Liyuan" not in talks[0].persons and "Xi Jinping" in talks[0].persons


@pytest.mark.slow
@pytest.mark.parametrize("body, countries", [
    # a name made of two sides names the states it reads as one: China, and Vietnam
    ("中非领导人对话会2023年8月在约翰内斯堡召开。", {"CN"}),
    ("中越友好论坛第六届会议2024年12月在河内举行。", {"CN", "VN"}),
])
def test_a_name_made_of_two_sides_names_their_states(tmp_path, body, countries):
    found = of_type(tmp_path, body, "2025-02-17", "FORUM", "SUMMIT")
    assert len(found) == 1 and countries <= set(found[0].countries)


@pytest.mark.slow
def test_counterparts_listed_after_separately_with_are_met_one_by_one(tmp_path):
    body = "访问期间，韩正还分别同巴西副总统阿尔克明、众议长莫塔举行会见。"
    talks = of_type(tmp_path, body, "2025-06-21", "MEETING")
    assert sorted(tuple(t.persons) for t in talks) == [("Han Zheng", "莫塔"), ("Han Zheng", "阿尔克明")]


@pytest.mark.slow
@pytest.mark.parametrize("body, published, starts", [
    # the event an anniversary is of took place that many years before the anniversary's year
    ("今年是习近平主席对印度尼西亚进行国事访问并提出共建21世纪海上丝绸之路倡议10周年。", "2023-10-02", ["2013"]),
    ("明年是李克强总理对新西兰进行正式访问10周年，双方将举办系列活动。", "2026-03-02", ["2017"]),
    # "我此访" is the visit under way, another than the one the anniversary is of
    ("欢迎仪式后，丁薛祥同拉克森举行会谈。\n丁薛祥表示，我此访正值习近平主席对新西兰进行国事访问10周年。",
     "2024-11-20", [None, "2014"]),
    # an anniversary celebrated with its own acts dates none of the events before it
    ("韩正2日在北京会见来华出席2025年上海合作组织峰会和纪念中国人民抗日战争胜利80周年活动的尼泊尔总理奥利。",
     "2025-09-03", ["2025"]),
])
def test_an_anniversary_dates_the_event_it_is_of(tmp_path, body, published, starts):
    found = sorted((m.start for m in of_type(tmp_path, body, published, "VISIT", "SUMMIT")),
                   key=lambda s: s or "")
    assert found == starts


@pytest.mark.slow
@pytest.mark.parametrize("body, expected", [
    # a forum named by a quoted theme is a public event (media, scholars): diplomatic only with a
    # foreign official or an international organisation named taking part
    ("“数字丝路的未来”全球对话会10日在北京举行，来自美国、巴西和南非的专家学者与会。", 0),
    ("“绿色发展与共同繁荣”国际论坛12日在杭州举行，二十多个国家的媒体代表出席。", 0),
    ("“绿色发展与共同繁荣”国际论坛12日在杭州举行，巴西外长维埃拉出席并致辞。", 1),
    ("“两国方案”高级别国际会议12日在联合国总部举行，联合国秘书长古特雷斯出席。", 1),
    # a known series in quotation marks is no theme
    ("第三届“一带一路”国际合作高峰论坛17日在北京开幕。", 1),
])
def test_a_forum_named_by_a_quoted_theme_needs_a_foreign_official(tmp_path, body, expected):
    assert len(of_type(tmp_path, body, "2025-06-12", "FORUM")) == expected


@pytest.mark.slow
@pytest.mark.parametrize("body, expected", [
    # "同A、B分别举行会谈": the counterparts listed after the comitative, before "分别", are met
    # one by one, each by the subject
    ("国务院总理李强12日在北京同越南总理范明政、老挝总理宋赛分别举行会谈。",
     [{"Li Qiang", "Phạm Minh Chính"}, {"Li Qiang", "Sonexay Siphandone"}]),
    ("国家主席习近平12日在北京与哈萨克斯坦总统托卡耶夫、吉尔吉斯斯坦总统扎帕罗夫先后举行会谈。",
     [{"Xi Jinping", "Kassym-Jomart Tokayev"}, {"Xi Jinping", "Sadyr Japarov"}]),
    # the inviter of a visit is no subject of the talks its visitor holds
    ("应乌兹别克斯坦总统米尔济约耶夫邀请，国务院总理李强10日至12日对乌兹别克斯坦进行正式访问，在塔什干"
     "会见总统米尔济约耶夫，同总理阿里波夫举行会谈。",
     [{"Li Qiang", "Shavkat Mirziyoyev"}, {"Li Qiang", "Abdulla Aripov"}]),
    # two inviters, each met: the visitor holds the talks with each ("谢尔盖延科" whole again, not
    # the "谢尔盖" the segmenter cuts from it the second time)
    ("应白俄罗斯国民会议共和国院主席科奇阿诺娃和代表院主席谢尔盖延科邀请，全国人大常委会委员长赵乐际9日至12日"
     "对白俄罗斯进行正式友好访问，在明斯克同科奇阿诺娃、谢尔盖延科分别举行会谈。",
     [{"Zhao Leji", "科奇阿诺娃"}, {"Zhao Leji", "谢尔盖延科"}]),
])
def test_counterparts_met_one_by_one_after_a_comitative(tmp_path, body, expected):
    talks = of_type(tmp_path, body, "2025-09-12", "MEETING")
    assert sorted((set(t.persons) for t in talks), key=sorted) == sorted(expected, key=sorted)


@pytest.mark.slow
@pytest.mark.parametrize("body, published", [
    # a mechanism founded ("成立N周年", "成立以来"): the body, no one of its meetings
    ("王毅表示，以今年中非合作论坛成立25周年为契机，中方愿同埃及加强团结协作。", "2025-05-30"),
    ("今年是中国—阿拉伯国家合作论坛成立20周年，双方关系不断深化。", "2024-05-30"),
    ("王毅表示，澜湄合作论坛创立以来，六国合作成果丰硕。", "2024-05-30"),
])
def test_the_founding_of_a_forum_is_no_meeting_of_it(tmp_path, body, published):
    assert of_type(tmp_path, body, published, "FORUM", "SUMMIT") == []
