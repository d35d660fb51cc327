<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>no role has it</source>
        <translation>aucun rôle ne la possède</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>role</comment>
        <translation>agent</translation>
    </message>
    <message>
        <source>store staff</source>
        <comment>role</comment>
        <translation>personnel magasin</translation>
    </message>
    <message>
        <source>supervisor</source>
        <comment>role</comment>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>finance</source>
        <comment>role</comment>
        <translation>finance</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the %4 permission (%5)</source>
        <extracomment>%1 is a user, %2 their role (&quot;agent&quot;), %3 what they tried (&quot;issue return labels&quot;), %4 the permission&apos;s code (&quot;issue-return-label&quot;), %5 the roles&apos; codes that have it (&quot;agent, supervisor&quot;) or &quot;no role has it&quot;</extracomment>
        <translation>%1 (%2) ne peut pas %3&#xa0;: il faut l&apos;autorisation %4 (%5)</translation>
    </message>
    <message>
        <source>%1 works in %2; only %3 or supervisors answer its escalations</source>
        <extracomment>%1 is a user, %2 their department, %3 the department the escalation went to</extracomment>
        <translation>%1 fait partie du service %2&#xa0;; seuls le service %3 et les superviseurs répondent aux escalades qui lui sont adressées</translation>
    </message>
    <message>
        <source>the refund approval threshold is an amount of 0 or more minor units</source>
        <translation>le seuil d&apos;approbation des remboursements doit être un montant en centimes supérieur ou égal à 0</translation>
    </message>
</context>
<context>
    <name>ActionValidator</name>
    <message>
        <source>%1 is %2; only an order not yet dispatched can be cancelled</source>
        <extracomment>%1 is an order, %2 its status (&quot;dispatched&quot;)</extracomment>
        <translation>la commande %1 est %2&#xa0;; seule une commande non encore expédiée peut être annulée</translation>
    </message>
    <message>
        <source>order management does not know %1</source>
        <extracomment>%1 is an order number</extracomment>
        <translation>la gestion des commandes ne connaît pas la commande %1</translation>
    </message>
    <message>
        <source>%1 has no line %2</source>
        <extracomment>%1 is an order, %2 a line number</extracomment>
        <translation>la commande %1 n&apos;a pas de ligne %2</translation>
    </message>
    <message>
        <source>line %1 of %2 has %3, not %4</source>
        <extracomment>%1 is a line number, %2 its order, %3 the quantity ordered, %4 the quantity asked</extracomment>
        <translation>la ligne %1 de la commande %2 a une quantité de %3, et non %4</translation>
    </message>
    <message>
        <source>%1 was paid in %2, not %3</source>
        <extracomment>%1 is an order, %2 the currency it was paid in, %3 the currency of the refund</extracomment>
        <translation>la commande %1 a été payée en %2, et non en %3</translation>
    </message>
    <message>
        <source>a refund of %1 is more than is left of %2: paid %3, refunded %4, left %5 (minor units of %6)</source>
        <extracomment>Amounts in minor units (cents): %1 the refund asked, %2 the order, %3 what was paid, %4 what was refunded, %5 what is left, %6 the currency</extracomment>
        <translation>un remboursement de %1 dépasse ce qui reste sur la commande %2&#xa0;: payé %3, remboursé %4, reste %5 (montants en centimes, %6)</translation>
    </message>
    <message>
        <source>line %1 of %2: %3 delivered, %4 already being returned; a label for %5 is not possible</source>
        <extracomment>%1 is a line number, %2 its order, %3 the units delivered, %4 the units already being returned, %5 the units asked for</extracomment>
        <translation>ligne %1 de la commande %2&#xa0;: quantité livrée %3, déjà en retour %4&#xa0;; impossible de créer une étiquette pour %5</translation>
    </message>
    <message>
        <source>delivery does not know shipment %1</source>
        <extracomment>%1 is a shipment number</extracomment>
        <translation>le système de livraison ne connaît pas l&apos;expédition %1</translation>
    </message>
    <message>
        <source>%1 is %2; it can no longer be rescheduled</source>
        <extracomment>%1 is a shipment, %2 its status (&quot;delivered&quot;)</extracomment>
        <translation>l&apos;expédition %1 est %2&#xa0;; elle ne peut plus être reprogrammée</translation>
    </message>
    <message>
        <source>the carrier does not offer slot %1 for %2</source>
        <extracomment>%1 is a delivery slot, %2 a shipment</extracomment>
        <translation>le transporteur ne propose pas le créneau %1 pour l&apos;expédition %2</translation>
    </message>
    <message>
        <source>slot %1 (%2) has already begun</source>
        <extracomment>%1 is a delivery slot, %2 when it begins</extracomment>
        <translation>le créneau %1 (%2) a déjà commencé</translation>
    </message>
    <message>
        <source>the carrier does not offer pickup point %1 for %2</source>
        <extracomment>%1 is a pickup point, %2 a shipment</extracomment>
        <translation>le transporteur ne propose pas le point relais %1 pour l&apos;expédition %2</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>placed</source>
        <comment>a status reported by a back-office system</comment>
        <translation>passée</translation>
    </message>
    <message>
        <source>created</source>
        <comment>a status reported by a back-office system</comment>
        <translation>créée</translation>
    </message>
    <message>
        <source>dispatched</source>
        <comment>a status reported by a back-office system</comment>
        <translation>expédiée</translation>
    </message>
    <message>
        <source>in transit</source>
        <comment>a status reported by a back-office system</comment>
        <translation>en transit</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <comment>a status reported by a back-office system</comment>
        <translation>en cours de livraison</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>a status reported by a back-office system</comment>
        <translation>livrée</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a status reported by a back-office system</comment>
        <translation>en échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a status reported by a back-office system</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <comment>a status reported by a back-office system</comment>
        <translation>reprogrammée</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>a status reported by a back-office system</comment>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>authorized</source>
        <comment>a status reported by a back-office system</comment>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>label sent</source>
        <comment>a status reported by a back-office system</comment>
        <translation>étiquette envoyée</translation>
    </message>
    <message>
        <source>received</source>
        <comment>a status reported by a back-office system</comment>
        <translation>reçu</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>a status reported by a back-office system</comment>
        <translation>effectué</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>a status reported by a back-office system</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>open</source>
        <comment>a status reported by a back-office system</comment>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>a status reported by a back-office system</comment>
        <translation>prise en charge</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>a status reported by a back-office system</comment>
        <translation>résolue</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>a status reported by a back-office system</comment>
        <translation>renvoyée</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>%1 is a date and time, e.g. &quot;16 Oct 2026 07:30&quot;</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency</comment>
        <extracomment>An amount of money: %1 is the amount (&quot;49.90&quot;), %2 the currency code (&quot;EUR&quot;)</extracomment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>%1-%2 UTC</source>
        <extracomment>A delivery window within one day: %1 is its start with the date (&quot;19 Oct 2026 08:00&quot;), %2 its end time (&quot;12:00&quot;)</extracomment>
        <translation>%1–%2 UTC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A delivery window over several days: %1 and %2 are its ends (&quot;19 Oct 2026 08:00 UTC&quot;)</extracomment>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>A duration of two days or more</extracomment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A duration in hours, abbreviated</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A duration in minutes, abbreviated</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list</comment>
        <extracomment>Joins an item to a list that continues: %1 is the list so far, %2 the next item</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>list</comment>
        <extracomment>Joins the last item to a list: %1 is the list so far (&quot;a, b&quot;), %2 the last item</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <extracomment>A quantity of an order line&apos;s article</extracomment>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>An order line: %1 is its number</extracomment>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <extracomment>An order line: %1 is its number, %2 what was ordered</extracomment>
        <translation>ligne %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CancelledButShippedRule</name>
    <message>
        <source>%1 was cancelled</source>
        <extracomment>The first part of an alert; %1 is an order number</extracomment>
        <translation>La commande %1 a été annulée</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2</source>
        <extracomment>The first part of an alert; %1 is an order number, %2 a date and time</extracomment>
        <translation>La commande %1 a été annulée le %2</translation>
    </message>
    <message>
        <source>%1 was cancelled by %2 on %3</source>
        <extracomment>The first part of an alert; %1 is an order number, %2 the system or department that cancelled it, %3 a date and time</extracomment>
        <translation>La commande %1 a été annulée par %2 le %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>scan status and time</comment>
        <extracomment>A carrier&apos;s scan in a list: %1 is its status (&quot;in transit&quot;), %2 its time</extracomment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1, but delivery reports %2 %3.</source>
        <extracomment>%1 says how the order was cancelled (&quot;ORD-1 was cancelled by orders on 16 Oct 2026 07:30 UTC&quot;), %2 is a shipment, %3 its status (&quot;in transit&quot;)</extracomment>
        <translation>%1, mais selon le système de livraison, l&apos;expédition %2 est %3.</translation>
    </message>
    <message>
        <source>%1, but delivery shows %2 %3.</source>
        <extracomment>%1 says how the order was cancelled, %2 is a shipment, %3 the list of its scans (&quot;in transit 16 Oct 2026 07:30 UTC and delivered 17 Oct 2026 ...&quot;)</extracomment>
        <translation>%1, mais le système de livraison indique pour l&apos;expédition %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1, but delivery shows %2 %3; it is now %4.</source>
        <extracomment>%1 says how the order was cancelled, %2 is a shipment, %3 the list of its scans, %4 its status now (&quot;cancelled&quot;)</extracomment>
        <translation>%1, mais le système de livraison indique pour l&apos;expédition %2&#xa0;: %3&#xa0;; elle est désormais %4.</translation>
    </message>
</context>
<context>
    <name>CaseEntryWording</name>
    <message>
        <source>(none)</source>
        <comment>no value: no assignee, no department</comment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>return label</source>
        <translation>étiquette de retour</translation>
    </message>
    <message>
        <source>reschedule</source>
        <comment>an action: change a delivery&apos;s slot or address</comment>
        <translation>reprogrammation</translation>
    </message>
    <message>
        <source>cancel</source>
        <comment>an action: cancel an order</comment>
        <translation>annulation</translation>
    </message>
    <message>
        <source>replace</source>
        <comment>an action: send a replacement</comment>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>message</source>
        <comment>an action: write to the customer</comment>
        <translation>message</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>store</source>
        <comment>a case channel: the customer came to a store</comment>
        <translation>magasin</translation>
    </message>
    <message>
        <source>social</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>formulaire de réclamation</translation>
    </message>
    <message>
        <source>Case opened from %1: %2</source>
        <extracomment>%1 = channel (phone, email, …), %2 = the case&apos;s subject</extracomment>
        <translation>Dossier ouvert (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Linked orders or shipments changed</source>
        <translation>Commandes ou expéditions liées modifiées</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>statut %1 → %2</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>priorité %1 → %2</translation>
    </message>
    <message>
        <source>department %1 → %2</source>
        <translation>service %1 → %2</translation>
    </message>
    <message>
        <source>assignee %1 → %2</source>
        <translation>attribué à %1 → %2</translation>
    </message>
    <message>
        <source>subject %1 → %2</source>
        <translation>objet %1 → %2</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <comment>the case&apos;s SLA deadline changed</comment>
        <translation>échéance %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>contact</comment>
        <extracomment>A contact with the customer: %1 = channel (phone, email, …), %2 = what was said</extracomment>
        <translation>Contact (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refund of %1 on %2: %3</source>
        <extracomment>%1 = amount with currency, %2 = order, %3 = reason</extracomment>
        <translation>Remboursement de %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Return label for %1: %2</source>
        <extracomment>%1 = order, %2 = reason</extracomment>
        <translation>Étiquette de retour pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delivery of %1 redirected to pickup point %2</source>
        <extracomment>%1 = shipment, %2 = pickup point</extracomment>
        <translation>Expédition %1 redirigée vers le point relais %2</translation>
    </message>
    <message>
        <source>Delivery of %1 moved to slot %2</source>
        <extracomment>%1 = shipment, %2 = delivery slot</extracomment>
        <translation>Expédition %1 reprogrammée sur le créneau %2</translation>
    </message>
    <message>
        <source>Cancel %1: %2</source>
        <extracomment>Cancelling an order: %1 = order, %2 = reason</extracomment>
        <translation>Annulation de la commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Replacement for %1: %2</source>
        <extracomment>%1 = order, %2 = reason</extracomment>
        <translation>Remplacement pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Message to the customer (%1, %2): %3</source>
        <extracomment>%1 = channel (email, SMS), %2 = the customer&apos;s language code, %3 = subject</extracomment>
        <translation>Message au client (%1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 delivered to %2</source>
        <extracomment>%1 = action (refund, return label, …), %2 = back-office system</extracomment>
        <translation>Action transmise au système %2&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 = action (refund, return label, …), %2 = why, as the system said it</extracomment>
        <translation>Échec&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Escalated to %1 (due %2): %3</source>
        <extracomment>%1 = department, %2 = date and time it is due, %3 = reason</extracomment>
        <translation>Escalade vers le service %1 (échéance %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 accepted the escalation</source>
        <extracomment>%1 = department</extracomment>
        <translation>Le service %1 a pris en charge l&apos;escalade</translation>
    </message>
    <message>
        <source>%1 accepted the escalation: %2</source>
        <translation>Le service %1 a pris en charge l&apos;escalade&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 resolved the escalation</source>
        <extracomment>%1 = department</extracomment>
        <translation>Le service %1 a résolu l&apos;escalade</translation>
    </message>
    <message>
        <source>%1 resolved the escalation: %2</source>
        <translation>Le service %1 a résolu l&apos;escalade&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 returned the escalation</source>
        <extracomment>%1 = department; returned = handed back to the case&apos;s owner without a resolution</extracomment>
        <translation>Le service %1 a renvoyé l&apos;escalade</translation>
    </message>
    <message>
        <source>%1 returned the escalation: %2</source>
        <translation>Le service %1 a renvoyé l&apos;escalade&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 approved (request %3)</source>
        <extracomment>%1 = amount with currency, %2 = order, %3 = approval request number</extracomment>
        <translation>Remboursement de %1 sur %2 approuvé (demande %3)</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 approved (request %3): %4</source>
        <translation>Remboursement de %1 sur %2 approuvé (demande %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 rejected (request %3)</source>
        <extracomment>%1 = amount with currency, %2 = order, %3 = approval request number, %4 = why</extracomment>
        <translation>Remboursement de %1 sur %2 rejeté (demande %3)</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 rejected (request %3): %4</source>
        <translation>Remboursement de %1 sur %2 rejeté (demande %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Held for a supervisor&apos;s approval (request %1): %2</source>
        <extracomment>%1 = approval request number, %2 = the refund (&quot;Refund of 25.00 EUR on ORD-1: …&quot;)</extracomment>
        <translation>En attente de l&apos;approbation d&apos;un superviseur (demande %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <extracomment>%1 = action (refund, return label, …); nothing says why</extracomment>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <extracomment>Follows the error sentence of an action the outbox stopped sending</extracomment>
        <translation>
            <numerusform>Abandon après %n tentative.</numerusform>
            <numerusform>Abandon après %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown back-office system</source>
        <extracomment>Why an action failed: its outbox entry names a system Caseline has no address for</extracomment>
        <translation>système de back-office inconnu</translation>
    </message>
</context>
<context>
    <name>CaseReassignment</name>
    <message>
        <source>an assignee&apos;s name is at most 100 characters</source>
        <translation>le nom de l&apos;agent attribué ne doit pas dépasser 100 caractères</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>a case needs a customer</source>
        <translation>un dossier doit avoir un client</translation>
    </message>
    <message>
        <source>a case needs a subject of 1 to 300 characters</source>
        <translation>un dossier doit avoir un objet de 1 à 300 caractères</translation>
    </message>
    <message>
        <source>customer language &apos;%1&apos; is not one of en, it, de, es, fr</source>
        <extracomment>%1 is the language code given for the customer, e.g. &quot;pt&quot;</extracomment>
        <translation>la langue du client «&#xa0;%1&#xa0;» ne fait pas partie des suivantes&#xa0;: en, it, de, es, fr</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;customer-service&quot;</extracomment>
        <translation>service inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a case links orders, shipments or returns by id, not &apos;%1:%2&apos;</source>
        <extracomment>%1 is the kind of record given (&quot;order&quot;, &quot;shipment&quot;, &quot;return&quot; or a wrong one), %2 its id</extracomment>
        <translation>un dossier se lie aux commandes, expéditions ou retours par leur identifiant, pas «&#xa0;%1:%2&#xa0;»</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile (version %2, yours %3); reload it and try again</source>
        <extracomment>%1 is the case&apos;s reference (CASE-12), %2 the version stored now, %3 the version the user changed</extracomment>
        <translation>le dossier %1 a été modifié entre-temps par quelqu&apos;un d&apos;autre (version %2, la vôtre&#xa0;: %3)&#xa0;; rechargez-le et réessayez</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reload it and try again</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>le dossier %1 a été modifié entre-temps par quelqu&apos;un d&apos;autre&#xa0;; rechargez-le et réessayez</translation>
    </message>
    <message>
        <source>a case entry needs a kind and a summary</source>
        <translation>une entrée de dossier doit avoir un type et un résumé</translation>
    </message>
</context>
<context>
    <name>CaseRowPresentation</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En attente client</translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation>En attente service</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2 priority</source>
        <translation>%1, priorité %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due %1 — at risk</source>
        <translation>Échéance&#xa0;: %1 — à risque</translation>
    </message>
    <message>
        <source>Was due %1 — overdue</source>
        <translation>Échéance&#xa0;: %1 — dépassée</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts: systems contradict each other</source>
        <translation>
            <numerusform>%n alerte&#xa0;: des systèmes se contredisent</numerusform>
            <numerusform>%n alertes&#xa0;: des systèmes se contredisent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>in store</source>
        <translation>en magasin</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>formulaire de réclamation</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Start the reference back-office with the demo scenarios and a fresh case store.</source>
        <translation>Démarrer le back-office de référence avec les scénarios de démo et une base des dossiers vierge.</translation>
    </message>
    <message>
        <source>With --demo: delay every back-office answer by MS milliseconds.</source>
        <translation>Avec --demo&#xa0;: retarder chaque réponse du back-office de MS millisecondes.</translation>
    </message>
    <message>
        <source>One reference back-office server for all five systems.</source>
        <translation>Un serveur back-office de référence pour les cinq systèmes.</translation>
    </message>
    <message>
        <source>Back-office configuration file (JSON: per-system URLs, tokens, timeouts).</source>
        <translation>Fichier de configuration du back-office (JSON&#xa0;: URL, jetons et délais d&apos;expiration par système).</translation>
    </message>
    <message>
        <source>Case store: an SQLite file or a postgresql:// URL (default: $CASELINE_DB, else cases.sqlite in the application data folder).</source>
        <translation>Base des dossiers&#xa0;: un fichier SQLite ou une URL postgresql:// (par défaut&#xa0;: $CASELINE_DB, sinon cases.sqlite dans le répertoire de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Work as this user (default: the system user).</source>
        <translation>Travailler sous cet utilisateur (par défaut&#xa0;: l&apos;utilisateur du système).</translation>
    </message>
    <message>
        <source>Search for a phone number, e-mail address, order or tracking number at start.</source>
        <translation>Rechercher un numéro de téléphone, une adresse e-mail, un numéro de commande ou de suivi au démarrage.</translation>
    </message>
    <message>
        <source>Interface language: en, it, de, es or fr (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Langue de l&apos;interface&#xa0;: en, it, de, es ou fr (par défaut&#xa0;: celle choisie dans les Paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <source>Open this case at start (CASE-12 or 12).</source>
        <translation>Ouvrir ce dossier au démarrage (CASE-12 ou 12).</translation>
    </message>
    <message>
        <source>Quit once the queue is shown.</source>
        <translation>Quitter dès que la file est affichée.</translation>
    </message>
    <message>
        <source>Caseline: one case timeline from every back-office system. A second start hands --lookup or --open to the running console.</source>
        <translation>Caseline&#xa0;: une chronologie unique du dossier à partir de tous les systèmes back-office. Un second lancement transmet --lookup ou --open à la console déjà ouverte.</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db&#xa0;: %1</translation>
    </message>
    <message>
        <source>a case is given as CASE-12 or 12, not &quot;%1&quot;</source>
        <translation>un dossier s&apos;indique sous la forme CASE-12 ou 12, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 Try --help.</source>
        <translation>%1 Essayez --help.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;». Essayez --help.</translation>
    </message>
    <message>
        <source>--demo starts its own back-office, so it cannot be combined with --backoffice or --config.</source>
        <translation>--demo démarre son propre back-office&#xa0;: il ne peut donc pas être combiné avec --backoffice ou --config.</translation>
    </message>
    <message>
        <source>give either --backoffice or --config, not both.</source>
        <translation>indiquez soit --backoffice, soit --config, pas les deux.</translation>
    </message>
    <message>
        <source>--backoffice: %1</source>
        <translation>--backoffice&#xa0;: %1</translation>
    </message>
    <message>
        <source>--config needs the path of a configuration file.</source>
        <translation>--config nécessite le chemin d&apos;un fichier de configuration.</translation>
    </message>
    <message>
        <source>--latency slows the demo back-office down, so it needs --demo.</source>
        <translation>--latency ralentit le back-office de démo&#xa0;: il nécessite donc --demo.</translation>
    </message>
    <message>
        <source>--latency takes milliseconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--latency accepte une durée de 0 à %1 millisecondes, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--as needs a user name.</source>
        <translation>--as nécessite un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;.</source>
        <translation>--language accepte l&apos;une des valeurs %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>give either --lookup or --open, not both.</source>
        <translation>indiquez soit --lookup, soit --open, pas les deux.</translation>
    </message>
    <message>
        <source>--lookup needs a phone number, e-mail address, order or tracking number.</source>
        <translation>--lookup nécessite un numéro de téléphone, une adresse e-mail, un numéro de commande ou de suivi.</translation>
    </message>
    <message>
        <source>--open: %1</source>
        <translation>--open&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ContradictingMessagesRule</name>
    <message>
        <source>cancelled</source>
        <comment>what a message said</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>refunded</source>
        <comment>what a message said</comment>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>what a message said</comment>
        <translation>livrée</translation>
    </message>
    <message>
        <source>on its way</source>
        <comment>what a message said</comment>
        <translation>en cours d&apos;acheminement</translation>
    </message>
    <message>
        <source>%1 (%2) told the customer %3 was %4; %5, %6 later, said %7 was %8.</source>
        <extracomment>%1 is a message, %2 when it was sent, %3 the order, %4 what it said (&quot;cancelled and refunded&quot;); %5 a later message, %6 how much later (&quot;3 days&quot;), %7 its order, %8 what it said (&quot;on its way&quot;)</extracomment>
        <translation>Le message %1 (%2) indiquait au client que la commande %3 était %4&#xa0;; le message %5, %6 plus tard, indiquait que la commande %7 était %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n more contradicting pairs in messages about this order.</source>
        <extracomment>Follows the alert&apos;s first sentence when more pairs of messages contradict</extracomment>
        <translation>
            <numerusform>%n autre paire de messages contradictoires concerne cette commande.</numerusform>
            <numerusform>%n autres paires de messages contradictoires concernent cette commande.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not open the file for writing: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier en écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DepartmentWords</name>
    <message>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Superviseurs</translation>
    </message>
</context>
<context>
    <name>DuplicateCompensationRule</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A refund in a list: %1 is its number, %2 the amount</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 was compensated twice: replaced by %3 and refunded by %4.</source>
        <extracomment>%1 is an order, %2 one of its lines (&quot;line 2 (Stiletto)&quot;), %3 the replacement orders, %4 the refunds</extracomment>
        <translation>La %2 de la commande %1 a été compensée deux fois&#xa0;: remplacée par %3 et remboursée par %4.</translation>
    </message>
    <message>
        <source>%1 %2 has replacements for %3 (%4); the order had %5.</source>
        <extracomment>%1 is an order, %2 one of its lines, %3 the units replaced (&quot;3 units&quot;), %4 the replacement orders, %5 the units ordered (&quot;1 unit&quot;)</extracomment>
        <translation>La %2 de la commande %1 a été remplacée à hauteur de %3 (%4), alors que la commande portait sur %5.</translation>
    </message>
    <message>
        <source>Refunds on %1 (%2) total %3, more than the %4 paid.</source>
        <extracomment>%1 is an order, %2 its refunds, %3 their total, %4 what the customer paid</extracomment>
        <translation>Les remboursements de la commande %1 (%2) totalisent %3, plus que les %4 payés.</translation>
    </message>
</context>
<context>
    <name>DurationWords</name>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>accepted</source>
        <comment>state of an escalation</comment>
        <translation>prise en charge</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>state of an escalation</comment>
        <translation>résolue</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>state of an escalation</comment>
        <translation>renvoyée</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be accepted</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;resolved&quot;)</extracomment>
        <translation>l&apos;escalade %1 est %2&#xa0;; elle ne peut pas être prise en charge</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be resolved</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;returned&quot;)</extracomment>
        <translation>l&apos;escalade %1 est %2&#xa0;; elle ne peut pas être résolue</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be returned</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;resolved&quot;)</extracomment>
        <translation>l&apos;escalade %1 est %2&#xa0;; elle ne peut pas être renvoyée</translation>
    </message>
    <message>
        <source>a department name is lower case letters and dashes, e.g. returns-desk</source>
        <translation>un nom de service se compose de lettres minuscules et de tirets, par ex. returns-desk</translation>
    </message>
    <message>
        <source>a department needs a title and an SLA of 1 to 2160 hours</source>
        <translation>un service doit avoir un intitulé et un SLA de 1 à 2160 heures</translation>
    </message>
    <message>
        <source>an escalation needs a reason of 1 to 500 characters</source>
        <translation>une escalade doit avoir un motif de 1 à 500 caractères</translation>
    </message>
    <message>
        <source>an escalation&apos;s due time must lie in the future</source>
        <translation>l&apos;échéance d&apos;une escalade doit être dans le futur</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;finance&quot;</extracomment>
        <translation>service inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>resolving or returning an escalation needs a note of 1 to 2000 characters</source>
        <translation>la résolution ou le renvoi d&apos;une escalade nécessite une note de 1 à 2000 caractères</translation>
    </message>
    <message>
        <source>escalation %1 was changed meanwhile (version %2, yours %3); reload it and try again</source>
        <extracomment>%1 is the escalation&apos;s number, %2 the version stored now, %3 the version the user changed</extracomment>
        <translation>l&apos;escalade %1 a été modifiée entre-temps (version %2, la vôtre&#xa0;: %3)&#xa0;; rechargez-la et réessayez</translation>
    </message>
    <message>
        <source>escalation %1 was changed meanwhile; reload it and try again</source>
        <extracomment>%1 is the escalation&apos;s number</extracomment>
        <translation>l&apos;escalade %1 a été modifiée entre-temps&#xa0;; rechargez-la et réessayez</translation>
    </message>
    <message>
        <source>there is no escalation %1</source>
        <extracomment>%1 is the escalation&apos;s number</extracomment>
        <translation>l&apos;escalade %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>EscalationOverdueRule</name>
    <message>
        <source>The escalation to %1 (&quot;%2&quot;, opened by %3 on %4) was due %5 and is still %6, %7 late.</source>
        <extracomment>%1 is a department, %2 the reason given, %3 who opened the escalation, %4 when, %5 when it was due, %6 its state (&quot;open&quot;), %7 how late it is (&quot;2 days&quot;)</extracomment>
        <translation>L&apos;escalade vers %1 («&#xa0;%2&#xa0;», ouverte par %3 le %4) arrivait à échéance le %5 et est toujours %6, avec %7 de retard.</translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <source>the server</source>
        <comment>subject of an error sentence</comment>
        <extracomment>Names a back-office server whose address is not known; it is the %1 (the subject) of the other error sentences about a back-office call</extracomment>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>the server at %1</source>
        <comment>subject of an error sentence</comment>
        <extracomment>Names a back-office server, %1 is its host and port (&quot;127.0.0.1:8480&quot;); it is the %1 (the subject) of the other error sentences about a back-office call</extracomment>
        <translation>le serveur %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>time limit</comment>
        <extracomment>A time limit in milliseconds, inside an error sentence</extracomment>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>time limit</comment>
        <extracomment>A time limit in seconds, inside an error sentence</extracomment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1, %2 attempts</source>
        <comment>HTTP status</comment>
        <extracomment>Inside the parentheses of an error sentence: %1 is the HTTP status code (&quot;503&quot;), %2 how many times the request was sent (always more than one)</extracomment>
        <translation>%1, %2 tentatives</translation>
    </message>
    <message>
        <source>%1 refused the request (%2): %3</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;409&quot;), %3 the server&apos;s own explanation (usually English)</extracomment>
        <translation>%1 a refusé la requête (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 refused access (%2); the credentials may be wrong.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;401&quot;)</extracomment>
        <translation>%1 a refusé l&apos;accès (%2)&#xa0;; les identifiants sont peut-être incorrects.</translation>
    </message>
    <message>
        <source>%1 does not know the requested item (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;404&quot;)</extracomment>
        <translation>%1 ne connaît pas l&apos;élément demandé (%2).</translation>
    </message>
    <message>
        <source>%1 is too busy (%2); try again shortly.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;429&quot;)</extracomment>
        <translation>%1 est surchargé (%2)&#xa0;; réessayez dans quelques instants.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;503&quot;)</extracomment>
        <translation>%1 a rencontré un problème interne (%2).</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;400&quot;)</extracomment>
        <translation>%1 a rejeté la requête (%2).</translation>
    </message>
    <message>
        <source>The answer from the server could not be understood.</source>
        <translation>La réponse du serveur n&apos;a pas pu être interprétée.</translation>
    </message>
    <message>
        <source>The answer from the server could not be understood (field %1).</source>
        <extracomment>%1 is the field of the answer that was wrong (&quot;lines[0].quantity&quot;)</extracomment>
        <translation>La réponse du serveur n&apos;a pas pu être interprétée (champ %1).</translation>
    </message>
    <message>
        <source>The answer from the server at %1 could not be understood.</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;)</extracomment>
        <translation>La réponse du serveur %1 n&apos;a pas pu être interprétée.</translation>
    </message>
    <message>
        <source>The answer from the server at %1 could not be understood (field %2).</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;), %2 the field of the answer that was wrong (&quot;lines[0].quantity&quot;)</extracomment>
        <translation>La réponse du serveur %1 n&apos;a pas pu être interprétée (champ %2).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 (%3 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the time limit (&quot;10 s&quot;), %3 how many times the request was sent (always more than one)</extracomment>
        <translation>%1 n&apos;a pas répondu dans le délai de %2 (%3 tentatives).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the time limit (&quot;10 s&quot;)</extracomment>
        <translation>%1 n&apos;a pas répondu dans le délai de %2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is how many times the request was sent (always more than one)</extracomment>
        <translation>%1 n&apos;a pas répondu à temps (%2 tentatives).</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 could not be reached or cut the connection (%2 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is how many times the request was sent (always more than one)</extracomment>
        <translation>%1 est injoignable ou a coupé la connexion (%2 tentatives).</translation>
    </message>
    <message>
        <source>%1 could not be reached or cut the connection.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 est injoignable ou a coupé la connexion.</translation>
    </message>
    <message>
        <source>%1 could not prove its identity, so the secure connection was refused.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 n&apos;a pas pu prouver son identité&#xa0;: la connexion sécurisée a donc été refusée.</translation>
    </message>
    <message>
        <source>The request to the server was cancelled.</source>
        <translation>La requête adressée au serveur a été annulée.</translation>
    </message>
    <message>
        <source>The request to the server at %1 was cancelled.</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;)</extracomment>
        <translation>La requête adressée au serveur %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 could not be used.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 n&apos;a pas pu être utilisé.</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>Caseline will speak %1 from its next start.</source>
        <translation>Langue de Caseline au prochain démarrage&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>MissedDeliveryWindowRule</name>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now</extracomment>
        <translation>L&apos;expédition %1 (commande %2) avait pour créneau promis %3&#xa0;; ce créneau est passé et, selon le système de livraison, elle est %4.</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4 (%5: %6).</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now, %5 the time of its last scan, %6 what the carrier wrote on it</extracomment>
        <translation>L&apos;expédition %1 (commande %2) avait pour créneau promis %3&#xa0;; ce créneau est passé et, selon le système de livraison, elle est %4 (%5&#xa0;: %6).</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4, while orders still shows %5 as %6.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now (&quot;failed&quot;), %5 the order again, %6 the order&apos;s status (&quot;dispatched&quot;)</extracomment>
        <translation>L&apos;expédition %1 (commande %2) avait pour créneau promis %3&#xa0;; ce créneau est passé et, selon le système de livraison, elle est %4, alors que pour le système des commandes, la commande %5 est toujours %6.</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4 (%5: %6), while orders still shows %7 as %8.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now (&quot;failed&quot;), %5 the time of its last scan, %6 what the carrier wrote on it, %7 the order again, %8 the order&apos;s status (&quot;dispatched&quot;)</extracomment>
        <translation>L&apos;expédition %1 (commande %2) avait pour créneau promis %3&#xa0;; ce créneau est passé et, selon le système de livraison, elle est %4 (%5&#xa0;: %6), alors que pour le système des commandes, la commande %7 est toujours %8.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>there is no undelivered outbox entry %1</source>
        <extracomment>%1 is the outbox entry&apos;s number</extracomment>
        <translation>la boîte d&apos;envoi ne contient aucune entrée %1 non transmise</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view cases</source>
        <translation>consulter les dossiers</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>ouvrir des dossiers</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>modifier les dossiers</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>ajouter des notes</translation>
    </message>
    <message>
        <source>log contacts</source>
        <translation>enregistrer des contacts</translation>
    </message>
    <message>
        <source>escalate cases</source>
        <translation>escalader des dossiers</translation>
    </message>
    <message>
        <source>answer escalations</source>
        <translation>répondre aux escalades</translation>
    </message>
    <message>
        <source>reschedule deliveries</source>
        <translation>reprogrammer des livraisons</translation>
    </message>
    <message>
        <source>redirect deliveries</source>
        <translation>rediriger des livraisons</translation>
    </message>
    <message>
        <source>issue return labels</source>
        <translation>créer des étiquettes de retour</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>rembourser</translation>
    </message>
    <message>
        <source>cancel orders</source>
        <translation>annuler des commandes</translation>
    </message>
    <message>
        <source>send replacements</source>
        <translation>envoyer des remplacements</translation>
    </message>
    <message>
        <source>message customers</source>
        <translation>écrire aux clients</translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation>approuver des remboursements</translation>
    </message>
    <message>
        <source>reassign cases in bulk</source>
        <translation>réattribuer des dossiers en masse</translation>
    </message>
    <message>
        <source>change SLA policies</source>
        <translation>modifier les politiques de SLA</translation>
    </message>
    <message>
        <source>manage staff and roles</source>
        <translation>gérer le personnel et les rôles</translation>
    </message>
    <message>
        <source>view the dashboard</source>
        <translation>consulter le tableau de bord</translation>
    </message>
</context>
<context>
    <name>PickupPointText</name>
    <message>
        <source>Post office</source>
        <translation>Bureau de poste</translation>
    </message>
    <message>
        <source>Parcel locker</source>
        <translation>Consigne automatique</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Opening hours unknown</source>
        <translation>Horaires inconnus</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Horaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2
%3
%4</source>
        <translation>%1 · %2
%3
%4</translation>
    </message>
</context>
<context>
    <name>PromisedLabelMissingRule</name>
    <message>
        <source>%1 (about %2)</source>
        <extracomment>A customer message: %1 is its number, %2 the order it is about</extracomment>
        <translation>%1 (commande %2)</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) no return with a label exists for %5 or its replacements.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the order</extracomment>
        <translation>Le %1, le message %2 a promis une étiquette de retour au client&#xa0;; %3 plus tard (délai accordé&#xa0;: %4), aucun retour avec étiquette n&apos;existe pour la commande %5 ni pour ses remplacements.</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) no return with a label exists for %5.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the order</extracomment>
        <translation>Le %1, le message %2 a promis une étiquette de retour au client&#xa0;; %3 plus tard (délai accordé&#xa0;: %4), aucun retour avec étiquette n&apos;existe pour la commande %5.</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) the label of %5 exists but was never sent.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the returns</extracomment>
        <translation>Le %1, le message %2 a promis une étiquette de retour au client&#xa0;; %3 plus tard (délai accordé&#xa0;: %4), l&apos;étiquette de %5 existe mais n&apos;a jamais été envoyée.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Caseline</source>
        <translation>Caseline</translation>
    </message>
</context>
<context>
    <name>RefundApprovalDesk</name>
    <message>
        <source>refund approval request %1 was already rejected by %2</source>
        <extracomment>%1 is the request&apos;s number, %2 the supervisor who rejected it</extracomment>
        <translation>la demande de remboursement %1 a déjà été rejetée par %2</translation>
    </message>
    <message>
        <source>refund approval request %1 was already approved by %2</source>
        <extracomment>%1 is the request&apos;s number, %2 the supervisor who approved it</extracomment>
        <translation>la demande de remboursement %1 a déjà été approuvée par %2</translation>
    </message>
    <message>
        <source>only refunds wait for approval</source>
        <translation>seuls les remboursements sont soumis à approbation</translation>
    </message>
    <message>
        <source>there is no refund approval request %1</source>
        <extracomment>%1 is the request&apos;s number</extracomment>
        <translation>la demande de remboursement %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>an approval&apos;s note is at most 2000 characters</source>
        <translation>la note de décision ne doit pas dépasser 2000 caractères</translation>
    </message>
    <message>
        <source>rejecting a refund needs a note of 1 to 2000 characters</source>
        <translation>le rejet d&apos;un remboursement nécessite une note de 1 à 2000 caractères</translation>
    </message>
    <message>
        <source>refund approval request %1 was decided meanwhile; reload it</source>
        <extracomment>%1 is the request&apos;s number</extracomment>
        <translation>la demande de remboursement %1 a été traitée entre-temps&#xa0;; rechargez-la</translation>
    </message>
</context>
<context>
    <name>RefundWhileShippingRule</name>
    <message>
        <source>%1 (%2) %3 (%4)</source>
        <extracomment>A shipment in a list: %1 is its number, %2 its order, %3 its status, %4 the time of its latest scan</extracomment>
        <translation>%1 (%2) %3 le %4</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <extracomment>A shipment in a list: %1 is its number, %2 its order, %3 its status</extracomment>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>%1 (%2 on %3 by %4)</source>
        <extracomment>A refund in a list: %1 is its number, %2 the amount, %3 the order, %4 who issued it</extracomment>
        <translation>%1 (%2 sur %3 par %4)</translation>
    </message>
    <message>
        <source>Money was refunded for %1 of %2 by %3, but the goods are with the customer: %4; the return covers too few units.</source>
        <extracomment>%1 is a number of units (&quot;2 units&quot;), %2 an order line, %3 the refunds, %4 the shipments that brought the goods</extracomment>
        <translation>Remboursement de %1 de la %2 par %3, alors que la marchandise est chez le client&#xa0;: %4&#xa0;; le retour couvre trop peu d&apos;articles.</translation>
    </message>
    <message>
        <source>Money was refunded for %1 of %2 by %3, but the goods are with the customer: %4; no return exists.</source>
        <extracomment>%1 is a number of units (&quot;2 units&quot;), %2 an order line, %3 the refunds, %4 the shipments that brought the goods</extracomment>
        <translation>Remboursement de %1 de la %2 par %3, alors que la marchandise est chez le client&#xa0;: %4&#xa0;; aucun retour n&apos;existe.</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>a staff member needs a name of 1 to 100 characters</source>
        <translation>un membre du personnel doit avoir un nom de 1 à 100 caractères</translation>
    </message>
    <message>
        <source>a login is at most 100 characters</source>
        <translation>un identifiant ne doit pas dépasser 100 caractères</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;customer-service&quot;</extracomment>
        <translation>service inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the login &apos;%1&apos; is %2&apos;s already</source>
        <extracomment>%1 is a login, %2 the name of the staff member who already has it</extracomment>
        <translation>l&apos;identifiant «&#xa0;%1&#xa0;» est déjà attribué à %2</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>the store address is empty</source>
        <translation>l&apos;adresse de la base des dossiers est vide</translation>
    </message>
    <message>
        <source>sqlite:// needs a file path, e.g. sqlite:///var/lib/caseline/cases.sqlite</source>
        <translation>sqlite:// nécessite un chemin de fichier, par ex. sqlite:///var/lib/caseline/cases.sqlite</translation>
    </message>
    <message>
        <source>unknown store address scheme in &apos;%1&apos;: use postgresql://... or sqlite://... or a file path</source>
        <extracomment>%1 is the store address as given</extracomment>
        <translation>schéma inconnu dans l&apos;adresse de la base des dossiers «&#xa0;%1&#xa0;»&#xa0;: utilisez postgresql://..., sqlite://... ou un chemin de fichier</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs a host: postgresql://user@host:port/dbname</source>
        <translation>l&apos;adresse PostgreSQL doit indiquer un hôte&#xa0;: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs one database name: postgresql://user@host:port/dbname</source>
        <translation>l&apos;adresse PostgreSQL doit indiquer un seul nom de base de données&#xa0;: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs a user: postgresql://user@host:port/dbname</source>
        <translation>l&apos;adresse PostgreSQL doit indiquer un utilisateur&#xa0;: postgresql://user@host:port/dbname</translation>
    </message>
</context>
<context>
    <name>TimelineBuilder</name>
    <message>
        <source>%1 placed as a replacement for %2</source>
        <extracomment>%1 is the new order; then %2 is the department that placed it, %3 the order it replaces</extracomment>
        <translation>Commande %1 passée en remplacement de %2</translation>
    </message>
    <message>
        <source>%1 placed by %2 as a replacement for %3</source>
        <translation>Commande %1 passée par %2 en remplacement de %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>order status</comment>
        <extracomment>An order&apos;s new status: %1 is the order, %2 its status (&quot;dispatched&quot;); then %3 is the department that changed it</extracomment>
        <translation>Commande %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>Commande %1 %2 par %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order</extracomment>
        <translation>Remboursement %1 de %2 sur %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 by %4</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 who issued it</extracomment>
        <translation>Remboursement %1 de %2 sur %3 par %4</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 (%4)</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 its status (&quot;pending&quot;)</extracomment>
        <translation>Remboursement %1 de %2 sur %3 (%4)</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 by %4 (%5)</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 who issued it, %5 its status (&quot;pending&quot;)</extracomment>
        <translation>Remboursement %1 de %2 sur %3 par %4 (%5)</translation>
    </message>
    <message>
        <source>Note on %1 by %2: %3</source>
        <extracomment>%1 is an order, %2 the note; then %2 is the department that wrote it, %3 the note</extracomment>
        <translation>Note de %2 sur la commande %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>Note on %1: %2</source>
        <translation>Note sur la commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2) promised for %3</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the delivery window</extracomment>
        <translation>Expédition %1 (%2)&#xa0;: créneau promis %3</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <extracomment>A carrier&apos;s scan: %1 is a shipment, %2 its order, %3 the status (&quot;in transit&quot;); then %4 is where it was scanned</extracomment>
        <translation>Expédition %1 (%2) %3</translation>
    </message>
    <message>
        <source>%1 (%2) %3, %4</source>
        <translation>Expédition %1 (%2) %3, %4</translation>
    </message>
    <message>
        <source>Return %1 for %2, %3; label %4 %5</source>
        <extracomment>%1 is a return, %2 its order, %3 its status (&quot;authorized&quot;), %4 the carrier of its label, %5 the label&apos;s tracking number</extracomment>
        <translation>Retour %1 pour %2, %3&#xa0;; étiquette %4 %5</translation>
    </message>
    <message>
        <source>Return %1 for %2, %3; no label</source>
        <extracomment>%1 is a return, %2 its order, %3 its status (&quot;authorized&quot;)</extracomment>
        <translation>Retour %1 pour %2, %3&#xa0;; sans étiquette</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Failed: %1. Can be retried.</source>
        <translation>Échec&#xa0;: %1. Nouvelle tentative possible.</translation>
    </message>
    <message>
        <source>Failed: %1 — %2. Can be retried.</source>
        <translation>Échec&#xa0;: %1 — %2. Nouvelle tentative possible.</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>En attente d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1 (%2)</source>
        <translation>En attente d&apos;envoi&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Prochaine tentative le %1.</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tries</source>
        <extracomment>How often sending an action was tried so far</extracomment>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::ActionDialog</name>
    <message>
        <source>Action details</source>
        <translation>Détails de l&apos;action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Envoyer (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
</context>
<context>
    <name>caseline::AgingChart</name>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Age of open cases</source>
        <translation>Ancienneté des dossiers ouverts</translation>
    </message>
    <message>
        <source>Days since opened</source>
        <translation>Jours depuis l&apos;ouverture</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>caseline::AlertListModel</name>
    <message>
        <source>Issue return label</source>
        <translation>Créer l&apos;étiquette de retour</translation>
    </message>
    <message>
        <source>Message the customer</source>
        <translation>Écrire au client</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Reschedule delivery</source>
        <translation>Reprogrammer la livraison</translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation>Escalader vers %1</translation>
    </message>
</context>
<context>
    <name>caseline::AlertPanel</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1 alert on %2</source>
        <translation>Alerte «&#xa0;%1&#xa0;» sur %2</translation>
    </message>
</context>
<context>
    <name>caseline::ApprovalQueueModel</name>
    <message>
        <source>Refund of %1 on %2 requested by %3: %4</source>
        <translation>Remboursement de %1 sur %2 demandé par %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>caseline::ApprovalsPanel</name>
    <message>
        <source>Refund approvals</source>
        <translation>Approbations de remboursement</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Why (required to reject; shown on the case&apos;s timeline)</source>
        <translation>Motif (obligatoire pour rejeter&#xa0;; affiché dans la chronologie du dossier)</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Note de décision</translation>
    </message>
    <message>
        <source>Approve the selected refunds</source>
        <translation>Approuver les remboursements sélectionnés</translation>
    </message>
    <message>
        <source>Send the selected refunds to the payments system</source>
        <translation>Envoyer les remboursements sélectionnés au système de paiement</translation>
    </message>
    <message>
        <source>Reject the selected refunds</source>
        <translation>Rejeter les remboursements sélectionnés</translation>
    </message>
    <message>
        <source>Refuse the selected refunds; the note says why</source>
        <translation>Refuser les remboursements sélectionnés&#xa0;; la note indique pourquoi</translation>
    </message>
    <message>
        <source>Select the refund requests to decide on first.</source>
        <translation>Sélectionnez d&apos;abord les demandes de remboursement à traiter.</translation>
    </message>
    <message>
        <source>Write a note saying why the refund is rejected: the agent and the customer&apos;s timeline show it.</source>
        <translation>Rédigez une note expliquant pourquoi le remboursement est rejeté&#xa0;: l&apos;agent la verra, ainsi que la chronologie du client.</translation>
    </message>
</context>
<context>
    <name>caseline::BacklogChart</name>
    <message>
        <source>Backlog over time</source>
        <translation>Évolution du stock de dossiers</translation>
    </message>
    <message>
        <source>Open at end of day</source>
        <translation>Ouverts en fin de journée</translation>
    </message>
    <message>
        <source>Opened that day</source>
        <translation>Ouverts dans la journée</translation>
    </message>
    <message>
        <source>Resolved that day</source>
        <translation>Résolus dans la journée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>%1 open cases on %2, %3 on %4</source>
        <translation>%1 dossiers ouverts le %2, %3 le %4</translation>
    </message>
</context>
<context>
    <name>caseline::CancelDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · placed %3&lt;br&gt;%4&lt;br&gt;Total %5, paid %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · passée le %3&lt;br&gt;%4&lt;br&gt;Total %5, payé %6</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Already left the warehouse: %1. The shop can no longer cancel; offer a redirect to a pickup point or a return instead.</source>
        <translation>Déjà sortie de l&apos;entrepôt&#xa0;: %1. La boutique ne peut plus annuler&#xa0;; proposez plutôt une redirection vers un point relais ou un retour.</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>Le client a changé d&apos;avis</translation>
    </message>
    <message>
        <source>Ordered twice</source>
        <translation>Commandé deux fois</translation>
    </message>
    <message>
        <source>Delivery date does not suit</source>
        <translation>La date de livraison ne convient pas</translation>
    </message>
    <message>
        <source>Found it cheaper</source>
        <translation>Trouvé moins cher ailleurs</translation>
    </message>
    <message>
        <source>Why the order is cancelled</source>
        <translation>Pourquoi la commande est annulée</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>caseline::CaseActionDesk</name>
    <message>
        <source>deliver the outbox</source>
        <translation>transmission de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
    <message>
        <source>add the note</source>
        <translation>ajout de la note</translation>
    </message>
    <message>
        <source>log the contact</source>
        <translation>enregistrement du contact</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalade</translation>
    </message>
    <message>
        <source>try the action again</source>
        <translation>nouvelle tentative de l&apos;action</translation>
    </message>
    <message>
        <source>cannot check the action against the back-office: %1 could not be read: %2. Nothing was done.</source>
        <extracomment>%1 is the back-office system&apos;s code (&quot;payments&quot;), %2 why it could not be read</extracomment>
        <translation>impossible de vérifier l&apos;action auprès du back-office, car le système %1 n&apos;a pas pu être lu&#xa0;: %2. Aucune action n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>cannot check the action against the back-office: the carrier&apos;s options could not be read: %1. Nothing was done.</source>
        <extracomment>%1 says why the carrier&apos;s options could not be read</extracomment>
        <translation>impossible de vérifier l&apos;action auprès du back-office, car les options du transporteur n&apos;ont pas pu être lues&#xa0;: %1. Aucune action n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 is not an order of %2</source>
        <extracomment>%1 is an order&apos;s id (&quot;ORD-1001&quot;), %2 the case&apos;s reference (&quot;CASE-12&quot;)</extracomment>
        <translation>%1 n&apos;est pas une commande du dossier %2</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>une note doit contenir du texte</translation>
    </message>
    <message>
        <source>a contact is inbound or outbound</source>
        <translation>un contact est entrant ou sortant</translation>
    </message>
    <message>
        <source>a contact&apos;s channel is one of %1</source>
        <extracomment>%1 lists the channels&apos; codes (&quot;phone, email, chat, store, social or complaint-form&quot;)</extracomment>
        <translation>le canal d&apos;un contact doit être l&apos;un des suivants&#xa0;: %1</translation>
    </message>
    <message>
        <source>a contact needs a summary</source>
        <translation>un contact doit avoir un résumé</translation>
    </message>
</context>
<context>
    <name>caseline::CaseActionFlow</name>
    <message>
        <source>Stored; sending: %1</source>
        <translation>Action enregistrée&#xa0;; envoi en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Held for a supervisor&apos;s approval (request %1).</source>
        <translation>En attente de l&apos;approbation d&apos;un superviseur (demande %1).</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Action non effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The returns system made the label; fetching it…</source>
        <translation>Le système des retours a créé l&apos;étiquette&#xa0;; récupération en cours…</translation>
    </message>
    <message>
        <source>Done. It is on the case&apos;s timeline.</source>
        <translation>Terminé. L&apos;action figure dans la chronologie du dossier.</translation>
    </message>
    <message>
        <source>The back-office did not answer (%1); trying again at %2. The action is kept and will not be lost.</source>
        <translation>Le back-office n&apos;a pas répondu (%1)&#xa0;; nouvelle tentative à %2. L&apos;action est conservée et ne sera pas perdue.</translation>
    </message>
    <message>
        <source>The back-office refused it: %1</source>
        <translation>Refusé par le back-office&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved on the case.</source>
        <translation>Enregistré dans le dossier.</translation>
    </message>
    <message>
        <source>Label %1 is ready and on the timeline.</source>
        <translation>L&apos;étiquette %1 est prête et figure dans la chronologie.</translation>
    </message>
    <message>
        <source>Checking with the back-office…</source>
        <translation>Vérification auprès du back-office…</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Ouvrez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>This case has no order; link one to act on it.</source>
        <translation>Ce dossier n&apos;a pas de commande&#xa0;; liez-en une pour pouvoir agir.</translation>
    </message>
    <message>
        <source>The order is not known yet: wait for the timeline, or refresh (F5).</source>
        <translation>La commande n&apos;est pas encore connue&#xa0;: attendez la chronologie ou actualisez (F5).</translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation>Action inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sending label %1 to the customer…</source>
        <translation>Envoi de l&apos;étiquette %1 au client…</translation>
    </message>
    <message>
        <source>%1 has no parcel on its way to move.</source>
        <translation>%1&#xa0;: aucun colis en cours d&apos;acheminement à modifier.</translation>
    </message>
    <message>
        <source>Handing over to %1…</source>
        <translation>Transmission à %1…</translation>
    </message>
</context>
<context>
    <name>caseline::CaseFieldsEditor</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>(department queue)</source>
        <translation>(file du service)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Case priority</source>
        <translation>Priorité du dossier</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Save case changes</source>
        <translation>Enregistrer les modifications du dossier</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save status, priority and assignee (%1)</source>
        <translation>Enregistrer le statut, la priorité et l&apos;attribution (%1)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>Pri&amp;orité&#xa0;:</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>A&amp;ttribué à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>caseline::CaseHeader</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Linked orders</source>
        <translation>Commandes liées</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Pick a case from the queue, or search (Ctrl+K) for a customer.</source>
        <translation>Choisissez un dossier dans la file ou recherchez un client (Ctrl+K).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 desk</source>
        <translation>équipe %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>attribué à %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>Customer %1 · speaks %2 · came by %3</source>
        <translation>Client %1 · langue&#xa0;: %2 · canal&#xa0;: %3</translation>
    </message>
    <message>
        <source>No order linked</source>
        <translation>Aucune commande liée</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>canal préféré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>caseline::CaseListPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exporter «&#xa0;%1&#xa0;» en CSV</translation>
    </message>
    <message>
        <source>Write this list to a CSV file (%1)</source>
        <translation>Enregistrer cette liste dans un fichier CSV (%1)</translation>
    </message>
    <message>
        <source>Reassign selected…</source>
        <translation>Réattribuer la sélection…</translation>
    </message>
    <message>
        <source>Reassign the selected cases</source>
        <translation>Réattribuer les dossiers sélectionnés</translation>
    </message>
    <message>
        <source>Give the selected cases to someone else (%1)</source>
        <translation>Confier les dossiers sélectionnés à quelqu&apos;un d&apos;autre (%1)</translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation>Réattribuer à</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>%n ligne de «&#xa0;%1&#xa0;» exportée vers %2</numerusform>
            <numerusform>%n lignes de «&#xa0;%1&#xa0;» exportées vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cases to reassign first.</source>
        <translation>Sélectionnez d&apos;abord les dossiers à réattribuer.</translation>
    </message>
    <message>
        <source>There is no one to reassign the cases to: the staff list is empty.</source>
        <translation>Personne à qui réattribuer les dossiers&#xa0;: la liste du personnel est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1 (sélection&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>caseline::CasePane</name>
    <message>
        <source>&amp;Retry action</source>
        <translation>Relancer l&apos;act&amp;ion</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Return &amp;label</source>
        <translation>Étiquette &amp;retour</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Re&amp;schedule</source>
        <translation>Re&amp;programmer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>Rem&amp;bourser</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>&amp;Annuler commande</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Re&amp;placement</source>
        <translation>Remp&amp;lacement</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>Escala&amp;der</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Chronologie du dossier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Show %1 events</source>
        <translation>Afficher les événements «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Filter the timeline…</source>
        <translation>Filtrer la chronologie…</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>Filtrer la chronologie</translation>
    </message>
    <message>
        <source>Send a failed or waiting action now, with the same key (it is applied once)</source>
        <translation>Envoyer maintenant une action en échec ou en attente, avec la même clé (elle n&apos;est appliquée qu&apos;une fois)</translation>
    </message>
    <message>
        <source>Retry the selected action</source>
        <translation>Relancer l&apos;action sélectionnée</translation>
    </message>
</context>
<context>
    <name>caseline::CaseWorkspace</name>
    <message>
        <source>an unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
    <message>
        <source>open the case store</source>
        <translation>ouverture de la base des dossiers</translation>
    </message>
    <message>
        <source>Order management could not be searched: %1</source>
        <translation>Recherche impossible dans la gestion des commandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some orders could not be read: %1</source>
        <translation>Certaines commandes n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The case store could not be searched: %1</source>
        <translation>Recherche impossible dans la base des dossiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>open CASE-%1</source>
        <translation>ouverture de CASE-%1</translation>
    </message>
    <message>
        <source>open a new case</source>
        <translation>ouverture d&apos;un nouveau dossier</translation>
    </message>
    <message>
        <source>load the departments</source>
        <translation>chargement des services</translation>
    </message>
    <message>
        <source>read customer %1</source>
        <translation>lecture du client %1</translation>
    </message>
</context>
<context>
    <name>caseline::ConflictBar</name>
    <message>
        <source>&amp;Apply my change again</source>
        <translation>Réappliquer ma modi&amp;fication</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Garder leur version</translation>
    </message>
    <message>
        <source>Conflicting change</source>
        <translation>Modification en conflit</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 while you were editing: %4. Your change was not saved: %5.</source>
        <translation>%1 a modifié %2 le %3 pendant que vous l&apos;éditiez&#xa0;: %4. Votre modification n&apos;a pas été enregistrée&#xa0;: %5.</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>back to the department queue</source>
        <translation>retour dans la file du service</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribué à %1</translation>
    </message>
    <message>
        <source>no field</source>
        <translation>aucun champ</translation>
    </message>
</context>
<context>
    <name>caseline::ConsoleController</name>
    <message>
        <source>Could not load the queue: %1</source>
        <translation>Impossible de charger la file&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>%1 opened.</source>
        <translation>Dossier %1 ouvert.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Échec&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>An action on CASE-%1 failed: %2</source>
        <translation>Échec d&apos;une action sur CASE-%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opening the case store…</source>
        <translation>Ouverture de la base des dossiers…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Dossier %1 enregistré.</translation>
    </message>
    <message>
        <source>CASE-%1 was not saved: %2</source>
        <translation>CASE-%1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>caseline::ConsoleLauncher</name>
    <message>
        <source>Starting the demo back-office…</source>
        <translation>Démarrage du back-office de démo…</translation>
    </message>
    <message>
        <source>No temporary folder for the demo&apos;s case store: %1</source>
        <translation>Aucun répertoire temporaire pour la base des dossiers de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo back-office did not start: %1</source>
        <translation>Le back-office de démo n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The console needs a back-office and a case store.</source>
        <translation>La console a besoin d&apos;un back-office et d&apos;une base des dossiers.</translation>
    </message>
    <message>
        <source>The case store could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir la base des dossiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · connecté en tant que %2</translation>
    </message>
    <message>
        <source>The demo cases could not be made: %1</source>
        <translation>Impossible de créer les dossiers de démo&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>caseline::ContactDialog</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Complaint form</source>
        <translation>Formulaire de réclamation</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>Contact avec le client</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>The customer contacted us</source>
        <translation>Le client nous a contactés</translation>
    </message>
    <message>
        <source>We contacted the customer</source>
        <translation>Nous avons contacté le client</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What the customer said and what you agreed</source>
        <translation>Ce que le client a dit et ce qui a été convenu</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Sum up the contact first.</source>
        <translation>Résumez d&apos;abord le contact.</translation>
    </message>
    <message>
        <source>The channel must be %1.</source>
        <translation>Le canal doit être %1.</translation>
    </message>
</context>
<context>
    <name>caseline::CustomerSearchModel</name>
    <message>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>caseline::DashboardTiles</name>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA à risque</translation>
    </message>
    <message>
        <source>Watchdog alerts</source>
        <translation>Alertes de surveillance</translation>
    </message>
    <message>
        <source>Refunds awaiting approval</source>
        <translation>Remboursements à approuver</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>caseline::DemoBackoffice</name>
    <message>
        <source>The demo back-office (%1) was not found in %2.</source>
        <translation>Le back-office de démo (%1) est introuvable dans %2.</translation>
    </message>
    <message>
        <source>The demo back-office printed something unexpected instead of its address.</source>
        <translation>Le back-office de démo a affiché un résultat inattendu au lieu de son adresse.</translation>
    </message>
    <message>
        <source>The demo back-office announced &quot;%1&quot; instead of its address.</source>
        <translation>Le back-office de démo a annoncé «&#xa0;%1&#xa0;» au lieu de son adresse.</translation>
    </message>
    <message>
        <source>The demo back-office could not be started: %1</source>
        <translation>Impossible de démarrer le back-office de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>plantage</translation>
    </message>
    <message>
        <source>it ended with exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>The demo back-office stopped before announcing its address (%1).%2</source>
        <translation>Le back-office de démo s&apos;est arrêté avant d&apos;annoncer son adresse (%1).%2</translation>
    </message>
    <message>
        <source>The demo back-office stopped (%1).%2</source>
        <translation>Le back-office de démo s&apos;est arrêté (%1).%2</translation>
    </message>
    <message>
        <source>The demo back-office did not announce its address within %1 s.%2</source>
        <translation>Le back-office de démo n&apos;a pas annoncé son adresse dans les %1 s.%2</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Sortie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>caseline::EscalateDialog</name>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Escalate the case</source>
        <translation>Escalader le dossier</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message numerus="yes">
        <source>%1 (answers within %n h)</source>
        <translation>
            <numerusform>%1 (répond sous %n h)</numerusform>
            <numerusform>%1 (répond sous %n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>What the department should do, and why</source>
        <translation>Ce que le service doit faire, et pourquoi</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue (UTC):</source>
        <translation>É&amp;chéance (UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Choisissez le service.</translation>
    </message>
    <message>
        <source>Say why the case goes to %1.</source>
        <translation>Indiquez pourquoi le dossier est escaladé vers %1.</translation>
    </message>
    <message>
        <source>The due time must be in the future.</source>
        <translation>L&apos;échéance doit être dans le futur.</translation>
    </message>
    <message>
        <source>The priority must be %1.</source>
        <translation>La priorité doit être %1.</translation>
    </message>
</context>
<context>
    <name>caseline::FirstRunDialog</name>
    <message>
        <source>One &amp;back-office server for every system</source>
        <translation>Un serveur &amp;back-office pour tous les systèmes</translation>
    </message>
    <message>
        <source>A configuration &amp;file</source>
        <translation>Un &amp;fichier de configuration</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Set up Caseline</source>
        <translation>Configurer Caseline</translation>
    </message>
    <message>
        <source>Tell Caseline where the back-office systems answer and where the cases are kept. You can change this later.</source>
        <translation>Indiquez à Caseline où répondent les systèmes back-office et où les dossiers sont conservés. Vous pourrez modifier ces réglages plus tard.</translation>
    </message>
    <message>
        <source>One back-office server for every system</source>
        <translation>Un serveur back-office pour tous les systèmes</translation>
    </message>
    <message>
        <source>Back-office server address</source>
        <translation>Adresse du serveur back-office</translation>
    </message>
    <message>
        <source>A configuration file</source>
        <translation>Un fichier de configuration</translation>
    </message>
    <message>
        <source>Back-office configuration file</source>
        <translation>Fichier de configuration du back-office</translation>
    </message>
    <message>
        <source>caseline.json: per-system addresses and tokens</source>
        <translation>caseline.json&#xa0;: adresses et jetons par système</translation>
    </message>
    <message>
        <source>Browse for the configuration file</source>
        <translation>Parcourir pour choisir le fichier de configuration</translation>
    </message>
    <message>
        <source>Case store</source>
        <translation>Base des dossiers</translation>
    </message>
    <message>
        <source>an SQLite file, or postgresql://user@host/database</source>
        <translation>un fichier SQLite, ou postgresql://user@host/database</translation>
    </message>
    <message>
        <source>Browse for the SQLite case store file</source>
        <translation>Parcourir pour choisir le fichier SQLite de la base des dossiers</translation>
    </message>
    <message>
        <source>Why the settings cannot be used</source>
        <translation>Pourquoi ces paramètres ne peuvent pas être utilisés</translation>
    </message>
    <message>
        <source>Back-office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Case s&amp;tore:</source>
        <translation>Base des &amp;dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Utiliser ces paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Configuration (*.json)</source>
        <translation>Configuration (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>SQLite case store</source>
        <translation>Base des dossiers SQLite</translation>
    </message>
    <message>
        <source>SQLite (*.sqlite *.db)</source>
        <translation>SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Enter the address of the back-office server, e.g. http://127.0.0.1:8480.</source>
        <translation>Saisissez l&apos;adresse du serveur back-office, par ex. http://127.0.0.1:8480.</translation>
    </message>
    <message>
        <source>The back-office address cannot be used: %1</source>
        <translation>L&apos;adresse du back-office est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the back-office configuration file.</source>
        <translation>Choisissez le fichier de configuration du back-office.</translation>
    </message>
    <message>
        <source>The configuration file cannot be used: %1</source>
        <translation>Le fichier de configuration est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose where the cases are kept: an SQLite file, or a postgresql:// address shared by the team.</source>
        <translation>Choisissez où conserver les dossiers&#xa0;: un fichier SQLite, ou une adresse postgresql:// partagée par l&apos;équipe.</translation>
    </message>
    <message>
        <source>The case store cannot be used: %1</source>
        <translation>La base des dossiers est inutilisable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>caseline::LabelPreview</name>
    <message>
        <source>Label preview</source>
        <translation>Aperçu de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Label status</source>
        <translation>État de l&apos;étiquette</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation>Imprimer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Print the label (%1)</source>
        <translation>Imprimer l&apos;étiquette (%1)</translation>
    </message>
    <message>
        <source>the label is not a readable PDF</source>
        <translation>l&apos;étiquette n&apos;est pas un PDF lisible</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation>Pas d&apos;étiquette&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>caseline::MainWindow</name>
    <message>
        <source>Caseline</source>
        <translation>Caseline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Search customers and cases</source>
        <translation>&amp;Rechercher clients et dossiers</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Mes dossiers</translation>
    </message>
    <message>
        <source>My &amp;department</source>
        <translation>Mon ser&amp;vice</translation>
    </message>
    <message>
        <source>&amp;All open</source>
        <translation>&amp;Tous ouverts</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>À &amp;surveiller</translation>
    </message>
    <message>
        <source>Supervisor &amp;dashboard</source>
        <translation>Tableau de &amp;bord superviseur</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Queues, SLA, the watchdog&apos;s conflicts, workload and approvals</source>
        <translation>Files, SLA, conflits détectés par la surveillance, charge de travail et approbations</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>No&amp;uveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>caseline::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>caseline::MessageDialog</name>
    <message>
        <source>Message to the customer</source>
        <translation>Message au client</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Étiquette de retour</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogrammation</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>caseline::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>e.g. CUS-1001 (search with Ctrl+K)</source>
        <translation>par ex. CUS-1001 (recherche avec Ctrl+K)</translation>
    </message>
    <message>
        <source>What the customer needs, in a line</source>
        <translation>Le besoin du client, en une ligne</translation>
    </message>
    <message>
        <source>Order numbers, comma separated — may stay empty</source>
        <translation>Numéros de commande, séparés par des virgules — facultatif</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>Co&amp;mmandes&#xa0;:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>How the customer came</source>
        <translation>Canal de contact du client</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>Numéros de commande</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Who is the customer? Search for them with Ctrl+K or type their number.</source>
        <translation>Qui est le client&#xa0;? Recherchez-le avec Ctrl+K ou saisissez son numéro.</translation>
    </message>
    <message>
        <source>Say in a line what the customer needs.</source>
        <translation>Indiquez en une ligne le besoin du client.</translation>
    </message>
    <message>
        <source>Why the case cannot be opened</source>
        <translation>Pourquoi le dossier ne peut pas être ouvert</translation>
    </message>
</context>
<context>
    <name>caseline::NoteDialog</name>
    <message>
        <source>Note on the case</source>
        <translation>Note sur le dossier</translation>
    </message>
    <message>
        <source>&amp;Note (seen by colleagues, not by the customer):</source>
        <translation>&amp;Note (visible par les collègues, pas par le client)&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what is next</source>
        <translation>Ce qui s&apos;est passé, ce qui a été convenu, la suite</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Rédigez d&apos;abord la note.</translation>
    </message>
</context>
<context>
    <name>caseline::OrderLineTable</name>
    <message>
        <source>Order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Quantité de %1</translation>
    </message>
</context>
<context>
    <name>caseline::QueueCountsModel</name>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Dossiers par statut</translation>
    </message>
    <message>
        <source>The same cases by priority</source>
        <translation>Les mêmes dossiers par priorité</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open case(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n dossier ouvert</numerusform>
            <numerusform>%1&#xa0;: %n dossiers ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n case(s)</source>
        <translation>
            <numerusform>%1, %2&#xa0;: %n dossier</numerusform>
            <numerusform>%1, %2&#xa0;: %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>caseline::QueuePane</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>Mon service</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tous ouverts</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>Cases in this queue</source>
        <translation>Dossiers de cette file</translation>
    </message>
    <message>
        <source>Open a case for a call or a store visit, with or without an order number (%1)</source>
        <translation>Ouvrir un dossier pour un appel ou une visite en magasin, avec ou sans numéro de commande (%1)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 sur %Ln dossier</numerusform>
            <numerusform>%1 sur %Ln dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::ReasonBox</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>caseline::RefundDialog</name>
    <message>
        <source>Refund on %1</source>
        <translation>Remboursement sur %1</translation>
    </message>
    <message>
        <source>Paid %1, refunded %2, &lt;b&gt;left %3&lt;/b&gt;</source>
        <translation>Payé %1, remboursé %2, &lt;b&gt;reste %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Payments so far</source>
        <translation>Paiements effectués</translation>
    </message>
    <message>
        <source>&amp;Full refund of what is left</source>
        <translation>Remboursement &amp;total du solde</translation>
    </message>
    <message>
        <source>Refund an amount</source>
        <translation>Rembourser un montant</translation>
    </message>
    <message>
        <source>Selected &amp;lines</source>
        <translation>&amp;Lignes sélectionnées</translation>
    </message>
    <message>
        <source>Refund selected lines</source>
        <translation>Rembourser les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Lower it for a partial refund</source>
        <translation>Réduisez-le pour un remboursement partiel</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Geste commercial</translation>
    </message>
    <message>
        <source>Item not delivered</source>
        <translation>Article non livré</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Returned item received</source>
        <translation>Retour reçu</translation>
    </message>
    <message>
        <source>Order cancelled but delivered</source>
        <translation>Commande annulée mais livrée</translation>
    </message>
    <message>
        <source>Delivery window missed</source>
        <translation>Créneau de livraison non respecté</translation>
    </message>
    <message>
        <source>Why the customer gets money back</source>
        <translation>Pourquoi le client est remboursé</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <source>Tick the lines to refund.</source>
        <translation>Cochez les lignes à rembourser.</translation>
    </message>
</context>
<context>
    <name>caseline::ReplacementDialog</name>
    <message>
        <source>Replacement for %1</source>
        <translation>Remplacement pour %1</translation>
    </message>
    <message>
        <source>Tick the lines to send again:</source>
        <translation>Cochez les lignes à renvoyer&#xa0;:</translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation>Mauvais article livré</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>Perdu pendant le transport</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Pièces manquantes</translation>
    </message>
    <message>
        <source>Why it is sent again</source>
        <translation>Pourquoi l&apos;article est renvoyé</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Tick at least one line to send again.</source>
        <translation>Cochez au moins une ligne à renvoyer.</translation>
    </message>
</context>
<context>
    <name>caseline::RescheduleDialog</name>
    <message>
        <source>Reschedule delivery %1</source>
        <translation>Reprogrammer la livraison %1</translation>
    </message>
    <message>
        <source>No promised window</source>
        <translation>Aucun créneau promis</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>Créneau promis&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 · %3, tracking %4 · %5&lt;br&gt;%6&lt;br&gt;To %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (commande %2) · %3, suivi %4 · %5&lt;br&gt;%6&lt;br&gt;Adresse&#xa0;: %7</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Delivery slot</source>
        <translation>&amp;Créneau de livraison</translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation>&amp;Point relais</translation>
    </message>
    <message>
        <source>e.g. leave with the concierge</source>
        <translation>par ex. laisser au gardien</translation>
    </message>
    <message>
        <source>Note for the carrier</source>
        <translation>Note pour le transporteur</translation>
    </message>
    <message>
        <source>&amp;Note for the carrier:</source>
        <translation>&amp;Note pour le transporteur&#xa0;:</translation>
    </message>
    <message>
        <source>Asking the carrier for slots…</source>
        <translation>Demande des créneaux au transporteur…</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>Jour de livraison</translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation>Créneaux du jour</translation>
    </message>
    <message>
        <source>Redirect the parcel to:</source>
        <translation>Rediriger le colis vers&#xa0;:</translation>
    </message>
    <message>
        <source>Pickup points</source>
        <translation>Points relais</translation>
    </message>
    <message>
        <source>The carrier offers no pickup point for this parcel.</source>
        <translation>Le transporteur ne propose aucun point relais pour ce colis.</translation>
    </message>
    <message>
        <source>The carrier offers no other slot and no pickup point for %1.</source>
        <translation>Le transporteur ne propose ni autre créneau ni point relais pour %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s options could not be read: %1</source>
        <translation>Impossible de lire les options du transporteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1–%2 UTC · %3</source>
        <translation>%1–%2 UTC · %3</translation>
    </message>
    <message>
        <source> (already begun)</source>
        <translation> (déjà commencé)</translation>
    </message>
    <message>
        <source>No slot on %1.</source>
        <translation>Aucun créneau le %1.</translation>
    </message>
    <message>
        <source>&amp;Slots on %1:</source>
        <translation>C&amp;réneaux du %1&#xa0;:</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soirée</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Heures de bureau</translation>
    </message>
    <message>
        <source>Choose a day and one of its slots.</source>
        <translation>Choisissez un jour et l&apos;un de ses créneaux.</translation>
    </message>
    <message>
        <source>Choose a pickup point.</source>
        <translation>Choisissez un point relais.</translation>
    </message>
</context>
<context>
    <name>caseline::ReturnLabelDialog</name>
    <message>
        <source>Return label for %1</source>
        <translation>Étiquette de retour pour %1</translation>
    </message>
    <message>
        <source>Tick the delivered lines the customer sends back:</source>
        <translation>Cochez les lignes livrées que le client renvoie&#xa0;:</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Mauvaise taille</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation>Mauvais article livré</translation>
    </message>
    <message>
        <source>Order cancelled but delivered</source>
        <translation>Commande annulée mais livrée</translation>
    </message>
    <message>
        <source>Why the customer returns it</source>
        <translation>Pourquoi le client retourne l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Send to &amp;customer</source>
        <translation>Envoyer au &amp;client</translation>
    </message>
    <message>
        <source>Send the label to the customer</source>
        <translation>Envoyer l&apos;étiquette au client</translation>
    </message>
    <message>
        <source>Return %1 is authorized; its label is below.</source>
        <translation>Le retour %1 est autorisé&#xa0;; son étiquette figure ci-dessous.</translation>
    </message>
    <message>
        <source>Return %1 is authorized, but its label is no readable PDF.</source>
        <translation>Le retour %1 est autorisé, mais son étiquette n&apos;est pas un PDF lisible.</translation>
    </message>
    <message>
        <source>The return was requested, but its label could not be fetched: %1</source>
        <translation>Le retour a été demandé, mais son étiquette n&apos;a pas pu être récupérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tick at least one line to return.</source>
        <translation>Cochez au moins une ligne à retourner.</translation>
    </message>
</context>
<context>
    <name>caseline::SearchPanel</name>
    <message>
        <source>Search order, e-mail, phone, tracking or name (Ctrl+K)</source>
        <translation>Rechercher commande, e-mail, téléphone, suivi ou nom (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search customers and cases</source>
        <translation>Rechercher des clients et des dossiers</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>caseline::SlaCaseListModel</name>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>Minutes left</source>
        <translation>Minutes restantes</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non attribué)</translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusBar</name>
    <message>
        <source>Refreshing</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask every back-office system again (%1)</source>
        <translation>Interroger à nouveau tous les systèmes back-office (%1)</translation>
    </message>
    <message>
        <source>Refresh the timeline</source>
        <translation>Actualiser la chronologie</translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusChip</name>
    <message>
        <source>%1: …</source>
        <translation>%1&#xa0;: …</translation>
    </message>
    <message>
        <source>%1 has not been asked yet</source>
        <translation>%1&#xa0;: pas encore interrogé</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1&#xa0;: OK</translation>
    </message>
    <message>
        <source>%1 answered with fresh data</source>
        <translation>%1&#xa0;: données à jour reçues</translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation>%1&#xa0;: en cache depuis %2</translation>
    </message>
    <message>
        <source>%1 is shown from the cache of %2</source>
        <translation>%1&#xa0;: données en cache du %2</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1&#xa0;: erreur</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1&#xa0;: injoignable — %2</translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusModel</name>
    <message>
        <source>%1: not fetched yet</source>
        <translation>%1&#xa0;: pas encore récupéré</translation>
    </message>
    <message>
        <source>%1: up to date (fetched %2)</source>
        <translation>%1&#xa0;: à jour (récupéré à %2)</translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation>%1&#xa0;: à jour</translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation>%1&#xa0;: en cache depuis %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1&#xa0;: erreur</translation>
    </message>
    <message>
        <source>%1: error — %2</source>
        <translation>%1&#xa0;: erreur — %2</translation>
    </message>
    <message>
        <source>%1 (refreshing…)</source>
        <translation>%1 (actualisation…)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
</context>
<context>
    <name>caseline::StoreChangeWatcher</name>
    <message>
        <source>Changes by other consoles cannot be followed: %1</source>
        <translation>Impossible de suivre les modifications des autres consoles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changes by other consoles could not be read: %1</source>
        <translation>Impossible de lire les modifications des autres consoles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorConsole</name>
    <message>
        <source>Caseline — supervisor dashboard</source>
        <translation>Caseline — tableau de bord superviseur</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Impossible de lire le tableau de bord&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) reassigned.</source>
        <translation>
            <numerusform>%n dossier réattribué.</numerusform>
            <numerusform>%n dossiers réattribués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund request %1 approved: it is being sent.</source>
        <translation>Demande de remboursement %1 approuvée&#xa0;: envoi en cours.</translation>
    </message>
    <message>
        <source>Refund request %1 rejected.</source>
        <translation>Demande de remboursement %1 rejetée.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Échec&#xa0;: %1 — %2</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorDashboard</name>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>En attente des premiers chiffres…</translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation>Tableau de bord superviseur</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dashboard lists</source>
        <translation>Listes du tableau de bord</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Reassign selected…</source>
        <translation>Réattribuer la sélection…</translation>
    </message>
    <message>
        <source>Cases are reassigned from the SLA and watchdog lists.</source>
        <translation>Les dossiers se réattribuent depuis les listes SLA et Surveillance.</translation>
    </message>
    <message>
        <source>Counts by department</source>
        <translation>Volumes par service</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA à risque</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Dernière mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>SLA breached (%1)</source>
        <translation>SLA dépassé (%1)</translation>
    </message>
    <message>
        <source>SLA at risk (%1)</source>
        <translation>SLA à risque (%1)</translation>
    </message>
    <message>
        <source>Watchdog (%1)</source>
        <translation>Surveillance (%1)</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Approbations (%1)</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorDesk</name>
    <message>
        <source>an unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
    <message>
        <source>load the refunds awaiting approval</source>
        <translation>chargement des remboursements à approuver</translation>
    </message>
    <message>
        <source>approve the refund</source>
        <translation>approbation du remboursement</translation>
    </message>
    <message>
        <source>reject the refund</source>
        <translation>rejet du remboursement</translation>
    </message>
    <message>
        <source>reassign the cases</source>
        <translation>réattribution des dossiers</translation>
    </message>
    <message>
        <source>load the staff</source>
        <translation>chargement du personnel</translation>
    </message>
</context>
<context>
    <name>caseline::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>caseline::WatchdogListModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Détectée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>caseline::WorkloadModel</name>
    <message>
        <source>(unassigned)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
</context>
</TS>
