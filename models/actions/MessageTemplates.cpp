#include "actions/MessageTemplates.h"

#include "actions/ActionError.h"
#include "actions/ActionPlanner.h"

#include <map>
#include <utility>

namespace caseline {

namespace {

using Text = std::pair<const char *, const char *>; // subject, body
using Languages = std::map<std::string, Text>;

const std::map<std::string, Languages> &templates()
{
    static const std::map<std::string, Languages> all{
        {"acknowledgement",
         {{"en",
           {"We received your message ({case})",
            "Thank you for writing to us. Your request is registered as {case}; we will "
            "get back to you as soon as possible."}},
          {"it",
           {"Abbiamo ricevuto il tuo messaggio ({case})",
            "Grazie per averci scritto. La tua richiesta è registrata come {case}; ti "
            "risponderemo al più presto."}},
          {"de",
           {"Wir haben Ihre Nachricht erhalten ({case})",
            "Vielen Dank für Ihre Nachricht. Ihr Anliegen ist unter {case} erfasst; wir "
            "melden uns so schnell wie möglich."}},
          {"es",
           {"Hemos recibido tu mensaje ({case})",
            "Gracias por escribirnos. Tu solicitud está registrada como {case}; te "
            "responderemos lo antes posible."}},
          {"fr",
           {"Nous avons bien reçu votre message ({case})",
            "Merci de nous avoir écrit. Votre demande est enregistrée sous {case} ; nous "
            "vous répondrons dès que possible."}}}},
        {"return-label",
         {{"en",
           {"Your return label for {order}", "Your free return label for {order} is "
                                             "ready. Print it and hand the parcel to the "
                                             "carrier. Reference: {case}."}},
          {"it",
           {"La tua etichetta di reso per {order}",
            "L'etichetta di reso gratuita per {order} è pronta. Stampala e consegna il "
            "pacco al corriere. Riferimento: {case}."}},
          {"de",
           {"Ihr Rücksendeetikett für {order}",
            "Ihr kostenloses Rücksendeetikett für {order} ist bereit. Drucken Sie es aus "
            "und geben Sie das Paket beim Zusteller ab. Referenz: {case}."}},
          {"es",
           {"Tu etiqueta de devolución para {order}",
            "Tu etiqueta de devolución gratuita para {order} está lista. Imprímela y "
            "entrega el paquete al transportista. Referencia: {case}."}},
          {"fr",
           {"Votre étiquette de retour pour {order}",
            "Votre étiquette de retour gratuite pour {order} est prête. Imprimez-la et "
            "remettez le colis au transporteur. Référence : {case}."}}}},
        {"refund",
         {{"en",
           {"Your refund for {order}", "We have refunded you for {order}. The money "
                                       "reaches your account within a few days. "
                                       "Reference: {case}."}},
          {"it",
           {"Il tuo rimborso per {order}",
            "Ti abbiamo rimborsato per {order}. L'importo arriverà sul tuo conto entro "
            "pochi giorni. Riferimento: {case}."}},
          {"de",
           {"Ihre Erstattung für {order}",
            "Wir haben Ihnen den Betrag für {order} erstattet. Er ist in wenigen Tagen auf "
            "Ihrem Konto. Referenz: {case}."}},
          {"es",
           {"Tu reembolso de {order}",
            "Te hemos reembolsado {order}. El importe llegará a tu cuenta en unos días. "
            "Referencia: {case}."}},
          {"fr",
           {"Votre remboursement pour {order}",
            "Nous vous avons remboursé {order}. Le montant arrive sur votre compte sous "
            "quelques jours. Référence : {case}."}}}},
        {"reschedule",
         {{"en",
           {"Your delivery of {order} has been changed",
            "As agreed, the delivery of {order} has been moved. Reference: {case}."}},
          {"it",
           {"La consegna di {order} è stata modificata",
            "Come concordato, la consegna di {order} è stata spostata. Riferimento: "
            "{case}."}},
          {"de",
           {"Die Zustellung von {order} wurde geändert",
            "Wie vereinbart wurde die Zustellung von {order} verlegt. Referenz: {case}."}},
          {"es",
           {"Hemos cambiado la entrega de {order}",
            "Como acordamos, la entrega de {order} ha cambiado. Referencia: {case}."}},
          {"fr",
           {"La livraison de {order} a été modifiée",
            "Comme convenu, la livraison de {order} a été déplacée. Référence : "
            "{case}."}}}},
        {"cancel",
         {{"en",
           {"Your order {order} is cancelled",
            "As you asked, {order} is cancelled. Reference: {case}."}},
          {"it",
           {"Il tuo ordine {order} è annullato",
            "Come richiesto, l'ordine {order} è annullato. Riferimento: {case}."}},
          {"de",
           {"Ihre Bestellung {order} ist storniert",
            "Wie gewünscht ist die Bestellung {order} storniert. Referenz: {case}."}},
          {"es",
           {"Tu pedido {order} está cancelado",
            "Como pediste, el pedido {order} está cancelado. Referencia: {case}."}},
          {"fr",
           {"Votre commande {order} est annulée",
            "Comme demandé, la commande {order} est annulée. Référence : {case}."}}}},
        {"replace",
         {{"en",
           {"A replacement for {order} is on its way",
            "We are sending you a replacement for {order}. Reference: {case}."}},
          {"it",
           {"Una sostituzione per {order} è in arrivo",
            "Ti stiamo inviando una sostituzione per {order}. Riferimento: {case}."}},
          {"de",
           {"Ein Ersatz für {order} ist unterwegs",
            "Wir senden Ihnen einen Ersatz für {order}. Referenz: {case}."}},
          {"es",
           {"Un reemplazo de {order} está en camino",
            "Te enviamos un reemplazo de {order}. Referencia: {case}."}},
          {"fr",
           {"Un remplacement pour {order} est en route",
            "Nous vous envoyons un remplacement pour {order}. Référence : {case}."}}}},
    };
    return all;
}

std::string filled(std::string text, const std::string &orderId, const std::string &caseReference)
{
    for (const auto &[placeholder, value] :
         {std::pair<std::string, std::string>{"{order}", orderId}, {"{case}", caseReference}}) {
        for (auto at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + value.size())) {
            text.replace(at, placeholder.size(), value);
        }
    }
    return text;
}

} // namespace

bool MessageTemplates::has(const std::string &name)
{
    return templates().contains(name);
}

PlannedAction MessageTemplates::message(const std::string &name, const std::string &language,
                                        const std::string &customerId, const std::string &orderId,
                                        const std::string &caseReference)
{
    const auto found = templates().find(name);
    if (found == templates().end()) {
        throw ActionError("there is no customer message template '" + name + "'");
    }
    const Languages &languages = found->second;
    const std::string used = languages.contains(language) ? language : "en";
    const Text &text = languages.at(used);
    PlannedAction plan = ActionPlanner::message(customerId, orderId, "email", used,
                                                filled(text.first, orderId, caseReference),
                                                filled(text.second, orderId, caseReference));
    plan.body["template"] = name;
    return plan;
}

} // namespace caseline
