"""How messages in German, French, Spanish and Portuguese tie the writer to the reader,
and how they pitch: the counterparts of `patterns.py` and `pitch.py`, whose grammar is
English.

The patterns describe how people write, not what about: a moment shared ("als wir uns
auf dem Feldtag getroffen haben", "on s'est croisés"), thanks for a particular thing
("valeu por emprestar a dipirona"), a day ("el martes"), an offer ("je peux vous
présenter"); and, for pitches, the writer's offering, a slot in the reader's calendar,
figures promised and jobs on offer. They run over the lower-cased text.

German writes every noun with a capital, which the name finder takes for names
("Vernetzung", "Energiebranche"): a capitalised word that German uses as a word is read as
one here, a detail only when it is uncommon.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.checker.details import Details
from app.checker.languages import zipf_table
from app.checker.recipient import Recipient
from app.checker.signals import Signal
from app.checker.text import Analysis
from app.checker.vocabulary import COMMON_ZIPF

_DAYS = {
    "de": "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": "lunes|martes|miércoles|jueves|viernes|sábado|domingo",
    "pt": "segunda|terça|quarta|quinta|sexta|sábado|domingo",
}
_W = r"(?:[\w'’-]+ ){0,6}"

_SHARED = {
    "de": rf"\b(?:wir haben uns|als wir uns|seit wir uns|dass wir uns|wo wir uns) {_W}"
    r"(?:getroffen|kennengelernt|gesprochen|unterhalten|gesehen|ausgetauscht)\b"
    r"|\b(?:schön|toll|nett|super|gut),? (?:dich|sie) {_W}(?:kennenzulernen|kennengelernt"
    r"|getroffen|gesehen|zu treffen)\b"
    r"|\bunser(?:em|en|er)? (?:gespräch|treffen|telefonat)\b",
    "fr": r"\b(?:nous nous sommes|on s'est|on s’est) (?:\w+ ){0,2}(?:rencontr|vu|parlé|croisé)"
    r"|\bnotre (?:échange|discussion|conversation|rencontre|café)\b"
    r"|\b(?:vous|t')avoir (?:rencontré|croisé|vu)",
    "es": r"\b(?:nos conocimos|nos vimos|coincidimos|charlamos|estuvimos hablando)\b"
    r"|\bnuestra (?:charla|conversación|reunión)\b"
    r"|\b(?:conocerte|conocerle|conocerla|verte|verle) (?:en|el|la|ayer)\b",
    "pt": r"\b(?:a gente se|nós nos|nos) (?:conheceu|conhecemos|viu|vimos|falou|falamos"
    r"|encontrou|encontramos)\b"
    r"|\bnossa (?:conversa|reunião)\b"
    r"|\b(?:te conhecer|conhecer você) (?:n[ao]s?|em)\b",
}
_THANKS = {
    "de": r"\b(?:danke|dank) (?:dir |ihnen |euch )?(?:nochmal |nochmals |noch einmal )?"
    r"(?:für|fürs)\b",
    "fr": r"\bmerci (?:encore |beaucoup |mille fois )?(?:pour|d'avoir|de m'avoir|de nous avoir)\b",
    "es": r"\bgracias (?:de nuevo |otra vez |otra vez más )?(?:por|de nuevo por)\b",
    "pt": r"\b(?:obrigad[oa]|valeu|agradeço) (?:de novo |mais uma vez )?(?:por|pel[oa]s?)\b",
}
_DATES = {
    "de": rf"\b(?:(?:am|letzten?|vergangenen?|nächsten?|diesen) (?:{_DAYS['de']})|gestern"
    r"|vorgestern|letzte woche|letzten monat)\b",
    "fr": rf"\b(?:(?:{_DAYS['fr']})(?: dernier| prochain)?|hier|avant-hier"
    r"|la semaine dernière|le mois dernier)\b",
    "es": rf"\b(?:(?:el|este|el próximo) (?:{_DAYS['es']})|ayer|anteayer|la semana pasada"
    r"|el mes pasado)\b",
    "pt": rf"\b(?:(?:na|no|nesta|neste|na próxima|no próximo) (?:{_DAYS['pt']})|ontem"
    r"|anteontem|semana passada|mês passado|no feriado)\b",
}
_OFFER = {
    "de": r"\b(?:ich kann (?:dir|ihnen|euch) (?:\w+ ){0,3}(?:schicken|vorstellen|leihen"
    r"|mitbringen|zeigen)|ich schicke (?:dir|ihnen)|(?:gern|gerne) stelle ich|ich stelle "
    r"(?:dich|sie|euch) (?:gern )?vor|ich lade (?:dich|sie) ein|geht auf mich)\b",
    "fr": r"\b(?:je (?:peux|pourrais) (?:te|vous) (?:envoyer|présenter|prêter|passer"
    r"|apporter|mettre en relation)|je (?:t'|vous )(?:envoie|enverrai|présente|apporte)"
    r"|c'est pour moi|je t'invite|je vous invite)\b",
    "es": r"\b(?:(?:te|le) (?:puedo|podría) (?:pasar|enviar|mandar|presentar|prestar|llevar)"
    r"|(?:te|le) (?:paso|mando|envío|presento|llevo|presentaré|pasaré)|invito yo)\b",
    "pt": r"\b(?:(?:posso|poderia) (?:te |lhe )?(?:mandar|enviar|apresentar|emprestar|passar"
    r"|levar)|te (?:mando|envio|apresento|empresto|levo)|é por minha conta)\b",
}
# A meeting proposed for a given day: "Kaffee am Freitag", "un café el martes".
_MEETING = {
    "de": rf"\b(?:kaffee|mittagessen|treffen|bier)\b(?: \w+){{0,3}} (?:am (?:{_DAYS['de']})"
    r"|morgen|übermorgen|nächste woche)\b",
    "fr": rf"\b(?:un café|un déjeuner|un verre)\b(?: [\w']+){{0,3}} (?:(?:{_DAYS['fr']})"
    r"|demain|la semaine prochaine)\b",
    "es": rf"\b(?:un café|una comida|un almuerzo|una caña)\b(?: \w+){{0,3}} (?:(?:el|este) "
    rf"(?:{_DAYS['es']})|mañana|la semana que viene)\b",
    "pt": rf"\b(?:um café|um almoço|uma cerveja)\b(?: \w+){{0,3}} (?:(?:na|no|nesta|neste) "
    rf"(?:{_DAYS['pt']})|amanhã|semana que vem)\b",
}
# Someone both know, named with a title as people do: "dona Lurdes", "Frau Berger".
_TITLED = re.compile(
    r"\b(?:dona|seu|doña|don|madame|monsieur|frau|herr|tante|onkel|tia|tio|tía|tío) "
    r"([^\W\d_][\w-]*)"
)
# Pitch talk, by kind; two kinds in one message make a pitch (as in pitch.py).
_OFFERING = {
    "de": r"\b(?:wir helfen|wir unterstützen|unser(?:e|em|en)? (?:angebot|lösung|plattform"
    r"|software|tool|produkt|agentur|service|dienstleistung))\b",
    "fr": r"\b(?:nous aidons|nous accompagnons|notre (?:solution|plateforme|logiciel|outil"
    r"|offre|agence|cabinet|service))\b",
    "es": r"\b(?:ayudamos|acompañamos|nuestra (?:solución|plataforma|herramienta|agencia)"
    r"|nuestro (?:software|producto|servicio))\b",
    "pt": r"\b(?:ajudamos|nossa (?:solução|plataforma|ferramenta|agência)"
    r"|nosso (?:software|produto|serviço))\b",
}
_CALENDAR = {
    "de": r"\b(?:kurze[sn]? (?:telefonat|gespräch|call|termin)|\d+[ -]?minütige[sn]?"
    r"|\d+ minuten|demo|entscheider(?:n|innen)?)\b",
    "fr": r"\b(?:(?:court|petit) (?:échange|appel|call)|\d+ minutes|démo|démonstration"
    r"|décideurs)\b",
    "es": r"\b(?:llamada (?:rápida|breve)|\d+ minutos|demo|decisores|tomadores de decisiones)\b",
    "pt": r"\b(?:(?:call|ligação|conversa) rápida|\d+ minutos|demo|decisores"
    r"|tomadores de decisão)\b",
}
_PROMISES = {
    "de": r"\d+ ?%|\battraktive[sn]? (?:gehalt|vergütung|konditionen)",
    "fr": r"\d+ ?%|\bsalaires? (?:très )?attractifs?",
    "es": r"\d+ ?%|\b(?:salarios?|sueldos?) (?:muy )?competitivos?",
    "pt": r"\d+ ?%|\bsalários? (?:muito )?(?:atrativos?|competitivos?)",
}
# Jobs on offer to someone the recruiter has not read about.
_JOBS = {
    "de": r"\b(?:spannende (?:position|stelle|vakanz)|(?:ihr|dein) profil passt)",
    "fr": r"\b(?:à pourvoir|votre profil correspond|ton profil correspond)",
    "es": r"\b(?:vacantes?|(?:tu|su) perfil encaja)",
    "pt": r"\b(?:vagas? (?:abertas|disponíveis)|seu perfil (?:se encaixa|é ideal))",
}
_PITCH_KINDS = 2
_SENTENCE_END = re.compile(r"[.!?;\n]")
# A capitalised German word at least this frequent in German is one of its words; the
# rest (Ebstorf, Feldtag) stay names. From COMMON_ZIPF on it is everyday, as in English.
_GERMAN_WORD_ZIPF = 2.0


def _compile(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {language: re.compile(pattern) for language, pattern in table.items()}


_SHARED_RE, _THANKS_RE, _DATES_RE, _OFFER_RE, _MEETING_RE = map(
    _compile, (_SHARED, _THANKS, _DATES, _OFFER, _MEETING)
)
_PITCH_RE = [_compile(table) for table in (_OFFERING, _CALENDAR, _PROMISES, _JOBS)]


def language_evidence(
    analysis: Analysis, details: Details, recipient: Recipient, language: str
) -> tuple[Signal, ...]:
    """Shared moments, thanks for a particular thing, days, offers, meetings proposed and
    people both know, in `language`; nothing for English, which `links.py` reads."""
    if language not in _SHARED:
        return ()
    lower = analysis.plain.lower()
    signals = [Signal("shared", *m.span()) for m in _SHARED_RE[language].finditer(lower)]
    signals += [Signal("date", *m.span()) for m in _DATES_RE[language].finditer(lower)]
    signals += [Signal("offer", *m.span()) for m in _OFFER_RE[language].finditer(lower)]
    signals += [Signal("offer", *m.span()) for m in _MEETING_RE[language].finditer(lower)]
    signals += [
        Signal("reference", *m.span())
        for m in _TITLED.finditer(lower)
        if m.group(1) not in recipient.merge_words
    ]
    for match in _THANKS_RE[language].finditer(lower):
        end = _SENTENCE_END.search(lower, match.end())
        stop = end.start() if end else len(lower)
        if details.any_between(match.end(), stop):
            signals.append(Signal("thanks", match.start(), stop))
    return tuple(signals)


def sounds_like_pitch(analysis: Analysis, language: str) -> bool:
    """Whether a message in `language` talks like a sales or recruiting pitch."""
    if language not in _SHARED:
        return False
    lower = analysis.plain.lower()
    return sum(1 for kind in _PITCH_RE if kind[language].search(lower)) >= _PITCH_KINDS


def german_nouns(analysis: Analysis, details: Details) -> Details:
    """`details` with the German words among its names moved to words: dropped when
    everyday ("Vernetzung", "Sie"), kept as a word detail when uncommon."""
    zipf = zipf_table("de")
    names: list[Signal] = []
    words = list(details.words)
    for signal in details.names:
        pieces = analysis.plain[signal.start : signal.end].lower().split()
        frequencies = [zipf.get(piece, 0.0) for piece in pieces]
        if not all(f >= _GERMAN_WORD_ZIPF for f in frequencies):
            names.append(signal)
        elif min(frequencies) < COMMON_ZIPF:
            words.append(replace(signal, kind="word"))
    return Details(tuple(names), details.numbers, details.dates, tuple(words))
