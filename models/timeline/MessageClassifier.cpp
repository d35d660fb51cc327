#include "timeline/MessageClassifier.h"

#include <array>
#include <cctype>
#include <optional>
#include <string_view>

namespace caseline {

namespace {

// Folded spellings (see MessageClassifier::fold). Each matches at the start of a word, so
// "livre" finds "livré" but not "délivré", and stems such as "annullat" cover "annullato/a".
constexpr std::array cancelledWords{"cancelled",   "canceled",  "cancellation", "annullat",
                                    "cancellat",   "storniert", "stornierung",  "cancelad",
                                    "cancelacion", "anulad",    "annule",       "annulation"};
constexpr std::array refundedWords{"refund",         "rimborsat", "rimborso",
                                   "riaccredit",     "erstatt",   "ruckerstatt",
                                   "gutgeschrieben", "reembols",  "rembours"};
constexpr std::array shippedWords{"shipped",    "on its way",           "on the way", "dispatched",
                                  "in transit", "out for delivery",     "spedit",     "in arrivo",
                                  "partito",    "in consegna",          "versandt",   "verschickt",
                                  "unterwegs",  "in zustellung",        "enviado",    "en camino",
                                  "ha salido",  "en reparto",           "expedie",    "en route",
                                  "en chemin",  "en cours de livraison"};
constexpr std::array deliveredWords{"delivered", "consegnat", "zugestellt",
                                    "geliefert", "entregad",  "livre"};
constexpr std::array labelWords{"return label",
                                "returns label",
                                "return shipping label",
                                "etichetta di reso",
                                "etichetta per il reso",
                                "etichetta reso",
                                "etichetta di restituzione",
                                "etichetta per la restituzione",
                                "rucksendeetikett",
                                "ruecksendeetikett",
                                "rucksendeschein",
                                "retourenetikett",
                                "retourenschein",
                                "etiqueta de devolucion",
                                "etiqueta para la devolucion",
                                "etiquette de retour",
                                "etiquette retour",
                                "bordereau de retour"};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

template<std::size_t N>
bool containsWord(const QString &folded, const std::array<const char *, N> &words)
{
    for (const char *word : words) {
        const QString needle = QString::fromLatin1(word);
        for (qsizetype at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
            if (at == 0 || !isWordChar(folded.at(at - 1))) {
                return true;
            }
        }
    }
    return false;
}

bool has(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

// What the template id alone says; nullopt when the template is not one we know.
std::optional<MessageClassifier::Claims> claimsOfTemplate(const QString &templateId)
{
    const std::string id = templateId.toLower().toStdString();
    MessageClassifier::Claims claims;
    claims.cancelled = has(id, "cancel");
    claims.refunded = has(id, "refund");
    claims.shipped = has(id, "shipping") || has(id, "shipped") || has(id, "dispatch") ||
                     has(id, "in-transit") || has(id, "out-for-delivery") ||
                     id == "replacement-confirmation";
    claims.delivered = has(id, "delivered") || id == "delivery-confirmation";
    if (claims.any()) {
        return claims;
    }
    // Templates known to announce none of these, whatever their wording ("we will refund you
    // once the items reach us" in a return authorisation is no refund).
    if (id == "order-confirmation" || has(id, "return-authori") || has(id, "return-label") ||
        has(id, "acknowledg")) {
        return claims;
    }
    return std::nullopt;
}

} // namespace

QString MessageClassifier::fold(const std::string &text)
{
    const QString decomposed =
        QString::fromStdString(text).normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    bool lastWasSpace = false;
    bool afterHyphen = false;
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            continue;
        }
        if (c == u'-' || c == QChar(0x2010) || c == QChar(0x2011)) {
            afterHyphen = true;
            continue;
        }
        // A word hyphenated across a line break is one word.
        if (c.isSpace() && afterHyphen) {
            continue;
        }
        afterHyphen = false;
        if (c.isSpace()) {
            if (!lastWasSpace) {
                folded.append(u' ');
            }
            lastWasSpace = true;
            continue;
        }
        folded.append(c);
        lastWasSpace = false;
    }
    return folded;
}

MessageClassifier::Claims MessageClassifier::claims(const CustomerMessage &message)
{
    if (const auto known = claimsOfTemplate(QString::fromStdString(message.templateId))) {
        return *known;
    }
    const QString folded = fold(message.subject + "\n" + message.body);
    Claims claims;
    claims.cancelled = containsWord(folded, cancelledWords);
    claims.refunded = containsWord(folded, refundedWords);
    claims.shipped = containsWord(folded, shippedWords);
    claims.delivered = containsWord(folded, deliveredWords);
    return claims;
}

bool MessageClassifier::promisesReturnLabel(const CustomerMessage &message)
{
    if (QString::fromStdString(message.templateId).toLower().contains(u"return-label")) {
        return true;
    }
    return containsWord(fold(message.subject + "\n" + message.body), labelWords);
}

bool MessageClassifier::mentionsId(const std::string &text, const std::string &id)
{
    if (id.empty()) {
        return false;
    }
    const auto partOfId = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    };
    for (std::size_t at = text.find(id); at != std::string::npos; at = text.find(id, at + 1)) {
        const bool startsToken = at == 0 || !partOfId(text[at - 1]);
        const std::size_t end = at + id.size();
        // A trailing hyphen followed by more id ("ORD-1001-R1") continues the token; one
        // followed by a space or the end is punctuation.
        const bool endsToken =
            end == text.size() || !partOfId(text[end]) ||
            (text[end] == '-' &&
             (end + 1 == text.size() || !std::isalnum(static_cast<unsigned char>(text[end + 1]))));
        if (startsToken && endsToken) {
            return true;
        }
    }
    return false;
}

} // namespace caseline
