"""The phone page's words in English, Spanish and French.

The page asks for its words in the phone's language (``/api/words?lang=``); the
names of quadrants and stakeholder types come from the roadmap's wording, so a
phone, the screen and the printed roadmap name them alike.
"""

from __future__ import annotations

from cluster_planner.domain.enums import Quadrant, Sex, StakeholderType
from cluster_planner.domain.participation import IDEA_MAX_CHARS

LANGUAGES = ("en", "es", "fr")

ENGLISH: dict[str, str] = {
    "page_title": "Workshop: live participation",
    "join_heading": "Join the workshop",
    "join_intro": "Type the 4-digit code shown on the screen.",
    "code_label": "Session code",
    "join": "Join",
    "wrong_code": "That is not the code on the screen. Try again.",
    "too_many_tries": "Too many tries. Wait a minute, then try again.",
    "about_heading": "About you (optional)",
    "about_hint": "Only for the tallies by group. Nobody sees who you are.",
    "stakeholder_label": "I take part as",
    "sex_label": "I am",
    "not_said": "Prefer not to say",
    "female": "A woman",
    "male": "A man",
    "save": "Save",
    "change": "Change",
    "capture_heading": "Add your ideas to the SWOT",
    "quadrant_label": "Where does it go?",
    "idea_label": "Your idea",
    "idea_hint": f"One short sentence, at most {IDEA_MAX_CHARS} characters.",
    "send": "Send",
    "idea_sent": "Sent. The facilitator will place it on the board.",
    "waiting_heading": "Your ideas waiting for the facilitator",
    "none_waiting": "None waiting.",
    "withdraw": "Take back",
    "vote_heading": "Place your dots",
    "dots_left": "{left} of {total} dots left",
    "add_dot": "Add a dot to: {card}",
    "remove_dot": "Remove a dot from: {card}",
    "dots_on_card": "{count} dots",
    "ballot_saved": "Your dots are saved. You can change them until the results are shown.",
    "no_cards": "No cards on the board yet.",
    "revealed": "Voting is closed: the results are on the screen.",
    "your_dots": "Your dots",
    "drafts_heading": "Vote for one vision draft",
    "vote_for": "Vote for this draft",
    "your_vote": "Your vote",
    "take_back_vote": "Take back my vote",
    "vote_saved": "Your vote is saved. You can change it while the vote is open.",
    "gone": "This vote was removed. Wait for the facilitator's next step.",
    "ended": "Live participation has ended. Thank you! What you sent is kept.",
    "offline": (
        "The facilitator's laptop cannot be reached. Check that you are on the hall's "
        "Wi-Fi. Trying again…"
    ),
    "retry": "Try again",
    "sending": "Sending…",
    "error_too_long": f"Too long: at most {IDEA_MAX_CHARS} characters.",
    "error_empty": "Write your idea first.",
    "error_too_many_dots": "You have no dots left. Take one off another card first.",
    "error_too_many_ideas": "You have many ideas waiting. Wait until they have been seen.",
    "error_board_full": "The facilitator has many ideas to look at. Try again in a while.",
    "error_changed": "The facilitator moved on. Here is what is open now.",
    "error_slow_down": "Slow down a little, then try again.",
    "error_other": "That did not work. Try again.",
}

SPANISH: dict[str, str] = {
    "page_title": "Taller: participación en vivo",
    "join_heading": "Únase al taller",
    "join_intro": "Escriba el código de 4 cifras que aparece en la pantalla.",
    "code_label": "Código de la sesión",
    "join": "Entrar",
    "wrong_code": "Ese no es el código de la pantalla. Inténtelo de nuevo.",
    "too_many_tries": "Demasiados intentos. Espere un minuto y vuelva a intentarlo.",
    "about_heading": "Sobre usted (opcional)",
    "about_hint": "Solo para los recuentos por grupo. Nadie ve quién es usted.",
    "stakeholder_label": "Participo como",
    "sex_label": "Soy",
    "not_said": "Prefiero no decirlo",
    "female": "Mujer",
    "male": "Hombre",
    "save": "Guardar",
    "change": "Cambiar",
    "capture_heading": "Añada sus ideas al FODA",
    "quadrant_label": "¿Dónde va?",
    "idea_label": "Su idea",
    "idea_hint": f"Una frase corta, como máximo {IDEA_MAX_CHARS} caracteres.",
    "send": "Enviar",
    "idea_sent": "Enviada. La persona facilitadora la pondrá en el tablero.",
    "waiting_heading": "Sus ideas en espera",
    "none_waiting": "Ninguna en espera.",
    "withdraw": "Retirar",
    "vote_heading": "Coloque sus puntos",
    "dots_left": "Le quedan {left} de {total} puntos",
    "add_dot": "Añadir un punto a: {card}",
    "remove_dot": "Quitar un punto de: {card}",
    "dots_on_card": "{count} puntos",
    "ballot_saved": (
        "Sus puntos están guardados. Puede cambiarlos hasta que se muestren los resultados."
    ),
    "no_cards": "Todavía no hay tarjetas en el tablero.",
    "revealed": "La votación está cerrada: los resultados están en la pantalla.",
    "your_dots": "Sus puntos",
    "drafts_heading": "Vote por un borrador de visión",
    "vote_for": "Votar por este borrador",
    "your_vote": "Su voto",
    "take_back_vote": "Retirar mi voto",
    "vote_saved": "Su voto está guardado. Puede cambiarlo mientras la votación esté abierta.",
    "gone": "Esta votación se retiró. Espere el siguiente paso.",
    "ended": "La participación en vivo ha terminado. ¡Gracias! Lo que envió se conserva.",
    "offline": (
        "No se puede llegar al portátil de la persona facilitadora. Compruebe que está en el "
        "wifi de la sala. Reintentando…"
    ),
    "retry": "Reintentar",
    "sending": "Enviando…",
    "error_too_long": f"Demasiado larga: como máximo {IDEA_MAX_CHARS} caracteres.",
    "error_empty": "Escriba primero su idea.",
    "error_too_many_dots": "No le quedan puntos. Quite primero uno de otra tarjeta.",
    "error_too_many_ideas": "Tiene muchas ideas en espera. Espere a que se revisen.",
    "error_board_full": "Hay muchas ideas por revisar. Inténtelo más tarde.",
    "error_changed": "El taller pasó a otro paso. Esto es lo que está abierto ahora.",
    "error_slow_down": "Vaya un poco más despacio y vuelva a intentarlo.",
    "error_other": "No funcionó. Inténtelo de nuevo.",
}

FRENCH: dict[str, str] = {
    "page_title": "Atelier : participation en direct",
    "join_heading": "Rejoindre l’atelier",
    "join_intro": "Saisissez le code à 4 chiffres affiché à l’écran.",
    "code_label": "Code de la séance",
    "join": "Rejoindre",
    "wrong_code": "Ce n’est pas le code affiché. Réessayez.",
    "too_many_tries": "Trop d’essais. Attendez une minute, puis réessayez.",
    "about_heading": "À propos de vous (facultatif)",
    "about_hint": "Seulement pour les décomptes par groupe. Personne ne voit qui vous êtes.",
    "stakeholder_label": "Je participe en tant que",
    "sex_label": "Je suis",
    "not_said": "Je préfère ne pas le dire",
    "female": "Une femme",
    "male": "Un homme",
    "save": "Enregistrer",
    "change": "Modifier",
    "capture_heading": "Ajoutez vos idées au SWOT",
    "quadrant_label": "Où va-t-elle ?",
    "idea_label": "Votre idée",
    "idea_hint": f"Une phrase courte, {IDEA_MAX_CHARS} caractères au plus.",
    "send": "Envoyer",
    "idea_sent": "Envoyée. L’animateur la placera au tableau.",
    "waiting_heading": "Vos idées en attente",
    "none_waiting": "Aucune en attente.",
    "withdraw": "Retirer",
    "vote_heading": "Placez vos gommettes",
    "dots_left": "Il vous reste {left} gommettes sur {total}",
    "add_dot": "Ajouter une gommette à : {card}",
    "remove_dot": "Retirer une gommette de : {card}",
    "dots_on_card": "{count} gommettes",
    "ballot_saved": (
        "Vos gommettes sont enregistrées. Vous pouvez les changer jusqu’à l’affichage des "
        "résultats."
    ),
    "no_cards": "Pas encore de cartes au tableau.",
    "revealed": "Le vote est clos : les résultats sont à l’écran.",
    "your_dots": "Vos gommettes",
    "drafts_heading": "Votez pour un projet de vision",
    "vote_for": "Voter pour ce projet",
    "your_vote": "Votre vote",
    "take_back_vote": "Retirer mon vote",
    "vote_saved": "Votre vote est enregistré. Vous pouvez le changer tant que le vote est ouvert.",
    "gone": "Ce vote a été retiré. Attendez l’étape suivante.",
    "ended": "La participation en direct est terminée. Merci ! Ce que vous avez envoyé est gardé.",
    "offline": (
        "L’ordinateur de l’animateur est injoignable. Vérifiez que vous êtes sur le wifi de "
        "la salle. Nouvel essai…"
    ),
    "retry": "Réessayer",
    "sending": "Envoi…",
    "error_too_long": f"Trop long : {IDEA_MAX_CHARS} caractères au plus.",
    "error_empty": "Écrivez d’abord votre idée.",
    "error_too_many_dots": "Il ne vous reste plus de gommettes. Retirez-en d’abord une ailleurs.",
    "error_too_many_ideas": "Vous avez beaucoup d’idées en attente. Attendez qu’elles soient vues.",
    "error_board_full": "Il y a beaucoup d’idées à examiner. Réessayez un peu plus tard.",
    "error_changed": "L’atelier est passé à autre chose. Voici ce qui est ouvert.",
    "error_slow_down": "Allez un peu moins vite, puis réessayez.",
    "error_other": "Cela n’a pas marché. Réessayez.",
}

_CATALOGUES = {"en": ENGLISH, "es": SPANISH, "fr": FRENCH}


def pick_language(accepted: str) -> str:
    """The first of en, es, fr in an Accept-Language header or a language tag (else en)."""
    for part in accepted.split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in _CATALOGUES:
            return tag
    return "en"


def words(language: str) -> dict[str, object]:
    """Every word the phone page shows, in ``language`` (en, es or fr)."""
    from cluster_planner.exports.wording import Wording

    language = language if language in _CATALOGUES else "en"
    wording = Wording(language)
    return {
        "lang": language,
        "text": _CATALOGUES[language],
        "quadrants": {q.value: wording.label(q) for q in Quadrant},
        "stakeholder_types": {t.value: wording.label(t) for t in StakeholderType},
        "sexes": {
            Sex.FEMALE.value: _CATALOGUES[language]["female"],
            Sex.MALE.value: _CATALOGUES[language]["male"],
        },
    }
