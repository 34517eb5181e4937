"""The French model loaded without spacy.lang.fr (``models.load_french``) against ``spacy.load``.

The fast loader builds a blank French ``Language`` from the model's config, reads the model's own
serialized tokenizer and compiles its ``token_match`` in a factored form; these tests check that
tokens (text, spacing, offsets, norms, stop words, numbers) and entities are those of the ordinary
``spacy.load`` on a few hundred sentences written here, and that the factored ``token_match``
accepts exactly the strings the model's own expression accepts.
"""
import re

import pytest
import srsly

from pipeline import models

pytestmark = pytest.mark.slow

#: Sentences of diplomatic news, with the tokenizer's hard cases: elisions, hyphenated words of
#: spaCy's French exception patterns, abbreviations, numbers, dates, URLs, e-mail addresses.
BASE_SENTENCES = [
    "Le président Emmanuel Macron s'est rendu à Pékin le 5 avril 2023 pour une visite d'État.",
    "Xi Jinping a reçu le chef de l'État kazakh Kassym-Jomart Tokaïev au palais de l'Assemblée du peuple.",
    "Le sommet Chine-Asie centrale se tiendra les 18 et 19 mai à Xi'an, en Chine.",
    "Les ministres des Affaires étrangères de l'ASEAN se réunissent aujourd'hui à Jakarta.",
    "Mme Catherine Colonna, ministre de l'Europe et des Affaires étrangères, s'entretiendra avec M. Wang Yi.",
    "Le porte-parole du ministère, Wang Wenbin, a déclaré qu'il n'y avait « rien de nouveau ».",
    "Le vice-président sud-africain doit rencontrer jeudi son homologue sud-coréen à Séoul.",
    "La réunion Asie-Pacifique a été reportée au-delà du 15 novembre, c'est-à-dire après les élections.",
    "Les deux pays ont signé un accord de libre-échange et un mémorandum d'entente sur l'anti-inflation.",
    "Le Forum de Boao pour l'Asie (BAF) s'ouvre mardi dans la province chinoise de Hainan.",
    "Jusqu'à présent, quatre-vingt-dix délégations ont confirmé leur participation au rendez-vous de Genève.",
    "Selon l'agence Xinhua, le Premier ministre Li Qiang participera au G20 de New Delhi.",
    "Le chancelier Olaf Scholz et le président Lula da Silva se sont entretenus au téléphone.",
    "L'Union européenne et la Chine tiendront leur 24e sommet à Pékin, a annoncé Bruxelles.",
    "Le roi Charles III a accueilli l'émir du Qatar, cheikh Tamim ben Hamad Al-Thani, à Londres.",
    "Les dirigeants de l'Organisation de coopération de Shanghai (OCS) se retrouvent à Astana.",
    "Le texte, publié sur https://www.fmprc.gov.cn/fra/ le 3 juillet, évoque la « grand-mère » des accords.",
    "Pour tout renseignement, écrire à presse@diplomatie.gouv.fr ou appeler le 01 43 17 53 53.",
    "Le budget atteint 1 500,75 millions d'euros, soit 12,5 % de plus qu'en 2022.",
    "La rencontre, prévue à 14h30 heure locale, a duré plus de deux heures et demie.",
    "Vers 300 av. J.-C., la route de la soie reliait déjà Chang'an à la Méditerranée.",
    "Le Premier ministre vietnamien Pham Minh Chinh est arrivé dimanche soir à Canberra.",
    "L'ex-président Nicolas Sarkozy a assisté à la cérémonie à l'Élysée.",
    "Les négociations entr'ouvertes en janvier ont abouti à un arc-en-ciel de compromis.",
    "Le saut-de-ski et le pet-en-l'air ne figuraient pas au programme du dîner d'État.",
    "C'était peut-être la dernière visite du secrétaire général de l'ONU, António Guterres.",
    "Sa Majesté le roi Felipe VI d'Espagne effectuera une visite officielle au Maroc du 1er au 3 février.",
    "Le 2e Forum Chine-Afrique sur la paix et la sécurité s'est tenu à Addis-Abeba, en Éthiopie.",
    "La porte-avions Charles-de-Gaulle a fait escale à Djibouti avant de rejoindre l'océan Indien.",
    "Au G7 d'Hiroshima, le Japon, les États-Unis et le Royaume-Uni ont discuté de l'Ukraine.",
    "« Nous sommes prêts », a affirmé M. Lavrov lors d'une conférence de presse à Moscou.",
    "Le président turc Recep Tayyip Erdogan recevra son homologue azerbaïdjanais Ilham Aliev.",
    "Les entretiens sino-français ont porté sur le climat, le commerce et les échanges culturels.",
    "Le n°2 du régime, accompagné de vingt-et-un conseillers, a quitté Pyongyang lundi.",
    "Les chefs d'État et de gouvernement de l'Union africaine (UA) se réunissent à Niamey.",
    "Le ministre Sergueï Lavrov a rencontré Wang Yi en marge du sommet des BRICS à Johannesburg.",
    "Le sous-secrétaire d'État américain s'est dit « très préoccupé » par la situation.",
    "Des contre-propositions ont été présentées par la délégation néo-zélandaise mercredi.",
    "L'Assemblée générale des Nations unies s'ouvre le 19 septembre à New York.",
    "Le Conseil de sécurité a adopté la résolution 2 728 par 14 voix et une abstention.",
    "Les ministres se sont donné rendez-vous l'an prochain à Saint-Pétersbourg.",
    "Le Premier ministre indien Narendra Modi s'est rendu à Washington fin juin.",
    "La visite de Mme von der Leyen à Pékin a été qualifiée de « constructive » par les deux parties.",
    "Selon Le Monde, l'Élysée prépare un déplacement présidentiel en Asie centrale à l'automne.",
    "L'ambassadeur Lu Shaye a été convoqué au Quai d'Orsay vendredi après-midi.",
    "Les présidents kazakh, kirghiz, tadjik, turkmène et ouzbek ont signé la déclaration de Xi'an.",
    "Tokyo et Séoul ont repris leur dialogue stratégique après douze ans d'interruption.",
    "Le chef de la diplomatie européenne, Josep Borrell, s'est exprimé à l'issue du Conseil.",
    "L'accord-cadre a été paraphé à Bruxelles puis signé à Luxembourg quelques jours plus tard.",
    "Le groupe des Vingt-Sept n'a pas encore trouvé de position commune sur le dossier.",
]
#: Hyphenated and elided words (many of them in the patterns of spaCy's French ``token_match``),
#: set into sentence frames below and tested on their own against the expression.
TRICKY_WORDS = [
    "anti-inflation", "contre-offensive", "sous-préfet", "sur-mesure", "extra-terrestre",
    "auto-entrepreneur", "néo-zélandais", "ex-ministre", "vice-chancelier", "pré-accord",
    "post-électoral", "ultra-libéral", "demi-heure", "mi-mandat", "semi-remorque", "non-prolifération",
    "quasi-totalité", "grand'mère", "grands-parents", "entr'apercevoir", "réentr'ouvrir",
    "arc-en-ciel", "saut-de-ski", "pet-en-l'air", "tête-à-tête", "face-à-face", "Asie-Pacifique",
    "Jean-Yves", "Saint-Denis", "Aix-en-Provence", "Nord-Kivu", "binge-watcher", "zig-zaguer",
    "yo-yo", "strip-teaseuse", "fox-trotter", "droits-de-l'homme", "aujourd'hui", "prud'homme",
    "presqu'île", "quelqu'un", "c'est-à-dire", "peut-être", "au-delà", "vis-à-vis", "Sud-Est",
    "Chine-Afrique", "franco-chinois", "sino-kazakh", "ANTI-INFLATION", "Contre-Offensive",
    "l'anti-corruption", "d'avant-garde", "qu'entre-temps", "porte-parole", "sous-secrétaire",
]
FRAMES = [
    "Le mot « {w} » est revenu souvent lors du sommet de Genève.",
    "{w} : c'est ainsi que la délégation a résumé la réunion de jeudi à Paris.",
    "Selon M. Wang, la question du {w} sera abordée à Pékin le 12 mars.",
    "La presse chinoise parle d'un {w} entre les deux chefs d'État.",
    "Lors de la visite, {w}, dit-on à l'Élysée, n'a pas été évoqué.",
]


def sentences() -> list[str]:
    out = list(BASE_SENTENCES)
    out += [s.upper() for s in BASE_SENTENCES[:20]]
    out += [s.replace("'", "’") for s in BASE_SENTENCES]
    out += [frame.format(w=word) for word in TRICKY_WORDS for frame in FRAMES]
    return out


@pytest.fixture(scope="module")
def fast():
    return models._load_french_fast(list(models.FRENCH_UNUSED))


@pytest.fixture(scope="module")
def reference():
    import spacy

    return spacy.load(models.FRENCH_MODEL, exclude=models.FRENCH_UNUSED)


def token_rows(doc):
    return [(t.text, t.whitespace_, t.idx, t.norm_, t.is_stop, t.like_num, t.shape_, t.prefix_, t.suffix_)
            for t in doc]


def test_sentences_cover_a_few_hundred_cases():
    assert len(sentences()) >= 300


def test_fast_french_load_gives_the_tokens_and_entities_of_spacy_load(fast, reference):
    texts = sentences()
    assert fast.pipe_names == reference.pipe_names == ["tok2vec", "ner"]
    for text, mine, theirs in zip(texts, fast.pipe(texts), reference.pipe(texts)):
        assert token_rows(mine) == token_rows(theirs), text
        assert [(e.start_char, e.end_char, e.label_) for e in mine.ents] == \
               [(e.start_char, e.end_char, e.label_) for e in theirs.ents], text


def test_fast_french_tokenizer_holds_the_model_special_cases_and_affixes(fast, reference):
    mine, theirs = fast.tokenizer, reference.tokenizer
    assert mine.rules == theirs.rules
    for field in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert getattr(mine, field).__self__.pattern == getattr(theirs, field).__self__.pattern, field
    assert mine.faster_heuristics == theirs.faster_heuristics
    assert fast.lang == reference.lang == "fr"
    assert fast.Defaults.stop_words == reference.Defaults.stop_words


def test_factored_token_match_accepts_what_the_model_expression_accepts(reference):
    pattern = srsly.msgpack_loads((models.french_data_dir() / "tokenizer").read_bytes())["token_match"]
    factored = models.factored_token_match(pattern)
    assert len(factored.__self__.pattern) < len(pattern) / 10  # the point: far less to compile
    original = reference.tokenizer.token_match
    assert original.__self__.pattern == pattern
    words = set(TRICKY_WORDS)
    for text in sentences():
        words.update(text.split())
        words.update(t.text for t in reference.tokenizer(text))
    for word in list(words):
        words.update({word.lower(), word.upper(), word.capitalize(), word + "s", word.strip(".,:;«»"),
                      word.replace("-", "–"), word.replace("'", "’")})
    accepted = 0
    for word in sorted(words):
        assert bool(factored(word)) == bool(original(word)), word
        accepted += bool(original(word))
    assert accepted >= 20  # the comparison did reach the expression's accepting side


@pytest.mark.parametrize("pattern, accepted, refused", [
    ("(?iu)(?:^ab[-]c[a-zé]+$)|(?:^x[-]y[a-zé]+$)", ["ab-cd", "X-YÉ"], ["ab-", "z-yy", "ab-c"]),
    ("(?iu)(?:^a(?:b|c)$)|(?:^d$)", ["ab", "ac", "D"], ["ad", "dd"]),
    ("plain", ["plain"], ["other"]),  # another shape: compiled as it is
])
def test_factored_token_match_keeps_small_patterns_exact(pattern, accepted, refused, monkeypatch):
    monkeypatch.setattr(models, "BIG_CLASS_CHARS", 3)
    factored = models.factored_token_match(pattern)
    original = re.compile(pattern).match
    for word in accepted + refused:
        assert bool(factored(word)) == bool(original(word)) == (word in accepted), word


def test_parse_view_equals_the_full_pipeline_and_ner_view_equals_tok2vec_ner(reference):
    """One French pipeline, two views: the parse view gives the parse of the whole model, the
    NER view the entities of tok2vec + ner alone (the NER has its own tok2vec; in the whole model
    the parser's sentence boundaries would change some entities, which the entities stage never
    had)."""
    import spacy

    full = spacy.load(models.FRENCH_MODEL, exclude=["lemmatizer", "senter"])
    parser, ner = models.parser_for("fr"), models.nlp_for("fr")
    assert parser.pipe_names == models.FRENCH_PARSE and ner.pipe_names == ["ner"]
    texts = sentences()
    for text, parsed, theirs, entities, reference_doc in zip(
            texts, parser.pipe(texts), full.pipe(texts), ner.pipe(texts), reference.pipe(texts)):
        assert [(t.text, t.pos_, t.dep_, t.head.i, str(t.morph)) for t in parsed] == \
               [(t.text, t.pos_, t.dep_, t.head.i, str(t.morph)) for t in theirs], text
        assert [(e.start_char, e.end_char, e.label_) for e in entities.ents] == \
               [(e.start_char, e.end_char, e.label_) for e in reference_doc.ents], text
    assert models.parser_for("zh") is None


def test_fast_load_imports_no_tokenizer_exceptions():
    import subprocess
    import sys

    code = ("import sys; from pipeline import models; models.load_french(); "
            "print('spacy.lang.fr.tokenizer_exceptions' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
