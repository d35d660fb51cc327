<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>no role has it</source>
        <translation>non assegnato a nessun ruolo</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>role</comment>
        <translation>operatore</translation>
    </message>
    <message>
        <source>store staff</source>
        <comment>role</comment>
        <translation>addetto negozio</translation>
    </message>
    <message>
        <source>supervisor</source>
        <comment>role</comment>
        <translation>supervisore</translation>
    </message>
    <message>
        <source>finance</source>
        <comment>role</comment>
        <translation>amministrazione</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the %4 permission (%5)</source>
        <extracomment>%1 is a user, %2 their role (&quot;agent&quot;), %3 what they tried (&quot;issue return labels&quot;), %4 the permission&apos;s code (&quot;issue-return-label&quot;), %5 the roles&apos; codes that have it (&quot;agent, supervisor&quot;) or &quot;no role has it&quot;</extracomment>
        <translation>%1 (%2) non può %3: serve il permesso %4 (%5)</translation>
    </message>
    <message>
        <source>%1 works in %2; only %3 or supervisors answer its escalations</source>
        <extracomment>%1 is a user, %2 their department, %3 the department the escalation went to</extracomment>
        <translation>%1 lavora nel reparto %2: agli inoltri destinati al reparto %3 possono rispondere solo quel reparto o i supervisori</translation>
    </message>
    <message>
        <source>the refund approval threshold is an amount of 0 or more minor units</source>
        <translation>la soglia di approvazione dei rimborsi deve essere un importo in centesimi pari o superiore a 0</translation>
    </message>
</context>
<context>
    <name>ActionValidator</name>
    <message>
        <source>%1 is %2; only an order not yet dispatched can be cancelled</source>
        <extracomment>%1 is an order, %2 its status (&quot;dispatched&quot;)</extracomment>
        <translation>%1 risulta %2; si può annullare solo un ordine non ancora spedito</translation>
    </message>
    <message>
        <source>order management does not know %1</source>
        <extracomment>%1 is an order number</extracomment>
        <translation>il sistema Ordini non trova %1</translation>
    </message>
    <message>
        <source>%1 has no line %2</source>
        <extracomment>%1 is an order, %2 a line number</extracomment>
        <translation>%1 non ha la riga %2</translation>
    </message>
    <message>
        <source>line %1 of %2 has %3, not %4</source>
        <extracomment>%1 is a line number, %2 its order, %3 the quantity ordered, %4 the quantity asked</extracomment>
        <translation>la riga %1 di %2 ha quantità %3, non %4</translation>
    </message>
    <message>
        <source>%1 was paid in %2, not %3</source>
        <extracomment>%1 is an order, %2 the currency it was paid in, %3 the currency of the refund</extracomment>
        <translation>%1 è stato pagato in %2, non in %3</translation>
    </message>
    <message>
        <source>a refund of %1 is more than is left of %2: paid %3, refunded %4, left %5 (minor units of %6)</source>
        <extracomment>Amounts in minor units (cents): %1 the refund asked, %2 the order, %3 what was paid, %4 what was refunded, %5 what is left, %6 the currency</extracomment>
        <translation>un rimborso di %1 supera il residuo di %2: pagato %3, rimborsato %4, residuo %5 (importi in centesimi di %6)</translation>
    </message>
    <message>
        <source>line %1 of %2: %3 delivered, %4 already being returned; a label for %5 is not possible</source>
        <extracomment>%1 is a line number, %2 its order, %3 the units delivered, %4 the units already being returned, %5 the units asked for</extracomment>
        <translation>riga %1 di %2: consegnate %3, già in reso %4; impossibile emettere un&apos;etichetta per %5 unità</translation>
    </message>
    <message>
        <source>delivery does not know shipment %1</source>
        <extracomment>%1 is a shipment number</extracomment>
        <translation>il sistema Consegne non trova la spedizione %1</translation>
    </message>
    <message>
        <source>%1 is %2; it can no longer be rescheduled</source>
        <extracomment>%1 is a shipment, %2 its status (&quot;delivered&quot;)</extracomment>
        <translation>la spedizione %1 è in stato &quot;%2&quot;: non può più essere riprogrammata</translation>
    </message>
    <message>
        <source>the carrier does not offer slot %1 for %2</source>
        <extracomment>%1 is a delivery slot, %2 a shipment</extracomment>
        <translation>il corriere non offre la fascia %1 per %2</translation>
    </message>
    <message>
        <source>slot %1 (%2) has already begun</source>
        <extracomment>%1 is a delivery slot, %2 when it begins</extracomment>
        <translation>la fascia %1 (%2) è già iniziata</translation>
    </message>
    <message>
        <source>the carrier does not offer pickup point %1 for %2</source>
        <extracomment>%1 is a pickup point, %2 a shipment</extracomment>
        <translation>il corriere non offre il punto di ritiro %1 per %2</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>placed</source>
        <comment>a status reported by a back-office system</comment>
        <translation>effettuato</translation>
    </message>
    <message>
        <source>created</source>
        <comment>a status reported by a back-office system</comment>
        <translation>creato</translation>
    </message>
    <message>
        <source>dispatched</source>
        <comment>a status reported by a back-office system</comment>
        <translation>spedito</translation>
    </message>
    <message>
        <source>in transit</source>
        <comment>a status reported by a back-office system</comment>
        <translation>in transito</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <comment>a status reported by a back-office system</comment>
        <translation>in consegna</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>a status reported by a back-office system</comment>
        <translation>consegnato</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a status reported by a back-office system</comment>
        <translation>mancata consegna</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a status reported by a back-office system</comment>
        <translation>annullato</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <comment>a status reported by a back-office system</comment>
        <translation>riprogrammato</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>a status reported by a back-office system</comment>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>authorized</source>
        <comment>a status reported by a back-office system</comment>
        <translation>autorizzato</translation>
    </message>
    <message>
        <source>label sent</source>
        <comment>a status reported by a back-office system</comment>
        <translation>etichetta inviata</translation>
    </message>
    <message>
        <source>received</source>
        <comment>a status reported by a back-office system</comment>
        <translation>ricevuto</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>a status reported by a back-office system</comment>
        <translation>completato</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>a status reported by a back-office system</comment>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>open</source>
        <comment>a status reported by a back-office system</comment>
        <translation>aperto</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>a status reported by a back-office system</comment>
        <translation>accettato</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>a status reported by a back-office system</comment>
        <translation>risolto</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>a status reported by a back-office system</comment>
        <translation>restituito</translation>
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
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>ora sconosciuta</translation>
    </message>
    <message>
        <source>%1-%2 UTC</source>
        <extracomment>A delivery window within one day: %1 is its start with the date (&quot;19 Oct 2026 08:00&quot;), %2 its end time (&quot;12:00&quot;)</extracomment>
        <translation>%1-%2 UTC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A delivery window over several days: %1 and %2 are its ends (&quot;19 Oct 2026 08:00 UTC&quot;)</extracomment>
        <translation>dal %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>A duration of two days or more</extracomment>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
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
        <translation>%1 e %2</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <extracomment>A quantity of an order line&apos;s article</extracomment>
        <translation>
            <numerusform>%n unità</numerusform>
            <numerusform>%n unità</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>An order line: %1 is its number</extracomment>
        <translation>riga %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <extracomment>An order line: %1 is its number, %2 what was ordered</extracomment>
        <translation>riga %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CancelledButShippedRule</name>
    <message>
        <source>%1 was cancelled</source>
        <extracomment>The first part of an alert; %1 is an order number</extracomment>
        <translation>L&apos;ordine %1 è stato annullato</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2</source>
        <extracomment>The first part of an alert; %1 is an order number, %2 a date and time</extracomment>
        <translation>L&apos;ordine %1 è stato annullato il %2</translation>
    </message>
    <message>
        <source>%1 was cancelled by %2 on %3</source>
        <extracomment>The first part of an alert; %1 is an order number, %2 the system or department that cancelled it, %3 a date and time</extracomment>
        <translation>L&apos;ordine %1 è stato annullato da %2 il %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>scan status and time</comment>
        <extracomment>A carrier&apos;s scan in a list: %1 is its status (&quot;in transit&quot;), %2 its time</extracomment>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <source>%1, but delivery reports %2 %3.</source>
        <extracomment>%1 says how the order was cancelled (&quot;ORD-1 was cancelled by orders on 16 Oct 2026 07:30 UTC&quot;), %2 is a shipment, %3 its status (&quot;in transit&quot;)</extracomment>
        <translation>%1, ma secondo il sistema Consegne lo stato di %2 è &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1, but delivery shows %2 %3.</source>
        <extracomment>%1 says how the order was cancelled, %2 is a shipment, %3 the list of its scans (&quot;in transit 16 Oct 2026 07:30 UTC and delivered 17 Oct 2026 ...&quot;)</extracomment>
        <translation>%1, ma il sistema Consegne registra per %2: %3.</translation>
    </message>
    <message>
        <source>%1, but delivery shows %2 %3; it is now %4.</source>
        <extracomment>%1 says how the order was cancelled, %2 is a shipment, %3 the list of its scans, %4 its status now (&quot;cancelled&quot;)</extracomment>
        <translation>%1, ma il sistema Consegne registra per %2: %3; ora lo stato è &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>CaseEntryWording</name>
    <message>
        <source>(none)</source>
        <comment>no value: no assignee, no department</comment>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>rimborso</translation>
    </message>
    <message>
        <source>return label</source>
        <translation>etichetta di reso</translation>
    </message>
    <message>
        <source>reschedule</source>
        <comment>an action: change a delivery&apos;s slot or address</comment>
        <translation>riprogrammazione</translation>
    </message>
    <message>
        <source>cancel</source>
        <comment>an action: cancel an order</comment>
        <translation>annullamento</translation>
    </message>
    <message>
        <source>replace</source>
        <comment>an action: send a replacement</comment>
        <translation>sostituzione</translation>
    </message>
    <message>
        <source>message</source>
        <comment>an action: write to the customer</comment>
        <translation>messaggio</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
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
        <translation>negozio</translation>
    </message>
    <message>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>modulo di reclamo</translation>
    </message>
    <message>
        <source>Case opened from %1: %2</source>
        <extracomment>%1 = channel (phone, email, …), %2 = the case&apos;s subject</extracomment>
        <translation>Pratica aperta (%1): %2</translation>
    </message>
    <message>
        <source>Linked orders or shipments changed</source>
        <translation>Ordini o spedizioni collegati modificati</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>stato %1 → %2</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>priorità %1 → %2</translation>
    </message>
    <message>
        <source>department %1 → %2</source>
        <translation>reparto %1 → %2</translation>
    </message>
    <message>
        <source>assignee %1 → %2</source>
        <translation>assegnatario %1 → %2</translation>
    </message>
    <message>
        <source>subject %1 → %2</source>
        <translation>oggetto %1 → %2</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <comment>the case&apos;s SLA deadline changed</comment>
        <translation>scadenza %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>contact</comment>
        <extracomment>A contact with the customer: %1 = channel (phone, email, …), %2 = what was said</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refund of %1 on %2: %3</source>
        <extracomment>%1 = amount with currency, %2 = order, %3 = reason</extracomment>
        <translation>Rimborso di %1 su %2: %3</translation>
    </message>
    <message>
        <source>Return label for %1: %2</source>
        <extracomment>%1 = order, %2 = reason</extracomment>
        <translation>Etichetta di reso per %1: %2</translation>
    </message>
    <message>
        <source>Delivery of %1 redirected to pickup point %2</source>
        <extracomment>%1 = shipment, %2 = pickup point</extracomment>
        <translation>Consegna di %1 dirottata al punto di ritiro %2</translation>
    </message>
    <message>
        <source>Delivery of %1 moved to slot %2</source>
        <extracomment>%1 = shipment, %2 = delivery slot</extracomment>
        <translation>Consegna di %1 spostata alla fascia %2</translation>
    </message>
    <message>
        <source>Cancel %1: %2</source>
        <extracomment>Cancelling an order: %1 = order, %2 = reason</extracomment>
        <translation>Annullamento di %1: %2</translation>
    </message>
    <message>
        <source>Replacement for %1: %2</source>
        <extracomment>%1 = order, %2 = reason</extracomment>
        <translation>Sostituzione per %1: %2</translation>
    </message>
    <message>
        <source>Message to the customer (%1, %2): %3</source>
        <extracomment>%1 = channel (email, SMS), %2 = the customer&apos;s language code, %3 = subject</extracomment>
        <translation>Messaggio al cliente (%1, %2): %3</translation>
    </message>
    <message>
        <source>%1 delivered to %2</source>
        <extracomment>%1 = action (refund, return label, …), %2 = back-office system</extracomment>
        <translation>Azione inviata al sistema %2: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 = action (refund, return label, …), %2 = why, as the system said it</extracomment>
        <translation>Azione non riuscita (%1): %2</translation>
    </message>
    <message>
        <source>Escalated to %1 (due %2): %3</source>
        <extracomment>%1 = department, %2 = date and time it is due, %3 = reason</extracomment>
        <translation>Inoltrata al reparto %1 (scadenza %2): %3</translation>
    </message>
    <message>
        <source>%1 accepted the escalation</source>
        <extracomment>%1 = department</extracomment>
        <translation>Il reparto %1 ha accettato l&apos;inoltro</translation>
    </message>
    <message>
        <source>%1 accepted the escalation: %2</source>
        <translation>Il reparto %1 ha accettato l&apos;inoltro: %2</translation>
    </message>
    <message>
        <source>%1 resolved the escalation</source>
        <extracomment>%1 = department</extracomment>
        <translation>Il reparto %1 ha risolto l&apos;inoltro</translation>
    </message>
    <message>
        <source>%1 resolved the escalation: %2</source>
        <translation>Il reparto %1 ha risolto l&apos;inoltro: %2</translation>
    </message>
    <message>
        <source>%1 returned the escalation</source>
        <extracomment>%1 = department; returned = handed back to the case&apos;s owner without a resolution</extracomment>
        <translation>Il reparto %1 ha restituito l&apos;inoltro</translation>
    </message>
    <message>
        <source>%1 returned the escalation: %2</source>
        <translation>Il reparto %1 ha restituito l&apos;inoltro: %2</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 approved (request %3)</source>
        <extracomment>%1 = amount with currency, %2 = order, %3 = approval request number</extracomment>
        <translation>Rimborso di %1 su %2 approvato (richiesta %3)</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 approved (request %3): %4</source>
        <translation>Rimborso di %1 su %2 approvato (richiesta %3): %4</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 rejected (request %3)</source>
        <extracomment>%1 = amount with currency, %2 = order, %3 = approval request number, %4 = why</extracomment>
        <translation>Rimborso di %1 su %2 rifiutato (richiesta %3)</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 rejected (request %3): %4</source>
        <translation>Rimborso di %1 su %2 rifiutato (richiesta %3): %4</translation>
    </message>
    <message>
        <source>Held for a supervisor&apos;s approval (request %1): %2</source>
        <extracomment>%1 = approval request number, %2 = the refund (&quot;Refund of 25.00 EUR on ORD-1: …&quot;)</extracomment>
        <translation>In attesa dell&apos;approvazione di un supervisore (richiesta %1): %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <extracomment>%1 = action (refund, return label, …); nothing says why</extracomment>
        <translation>Azione non riuscita (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <extracomment>Follows the error sentence of an action the outbox stopped sending</extracomment>
        <translation>
            <numerusform>Invio abbandonato dopo %n tentativo.</numerusform>
            <numerusform>Invio abbandonato dopo %n tentativi.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown back-office system</source>
        <extracomment>Why an action failed: its outbox entry names a system Caseline has no address for</extracomment>
        <translation>sistema di back-office sconosciuto</translation>
    </message>
</context>
<context>
    <name>CaseReassignment</name>
    <message>
        <source>an assignee&apos;s name is at most 100 characters</source>
        <translation>il nome dell&apos;assegnatario può avere al massimo 100 caratteri</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>a case needs a customer</source>
        <translation>una pratica deve avere un cliente</translation>
    </message>
    <message>
        <source>a case needs a subject of 1 to 300 characters</source>
        <translation>una pratica deve avere un oggetto da 1 a 300 caratteri</translation>
    </message>
    <message>
        <source>customer language &apos;%1&apos; is not one of en, it, de, es, fr</source>
        <extracomment>%1 is the language code given for the customer, e.g. &quot;pt&quot;</extracomment>
        <translation>la lingua del cliente &quot;%1&quot; non è tra quelle previste: en, it, de, es, fr</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;customer-service&quot;</extracomment>
        <translation>reparto &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <source>a case links orders, shipments or returns by id, not &apos;%1:%2&apos;</source>
        <extracomment>%1 is the kind of record given (&quot;order&quot;, &quot;shipment&quot;, &quot;return&quot; or a wrong one), %2 its id</extracomment>
        <translation>una pratica collega ordini, spedizioni o resi tramite ID, non &quot;%1:%2&quot;</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>la pratica %1 non esiste</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile (version %2, yours %3); reload it and try again</source>
        <extracomment>%1 is the case&apos;s reference (CASE-12), %2 the version stored now, %3 the version the user changed</extracomment>
        <translation>%1 è stata modificata da qualcun altro nel frattempo (versione %2, la tua %3); ricaricala e riprova</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reload it and try again</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>%1 è stata modificata da qualcun altro nel frattempo; ricaricala e riprova</translation>
    </message>
    <message>
        <source>a case entry needs a kind and a summary</source>
        <translation>una voce della pratica richiede un tipo e un riepilogo</translation>
    </message>
</context>
<context>
    <name>CaseRowPresentation</name>
    <message>
        <source>Case</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>In attesa del cliente</translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation>In attesa del reparto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnata</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 priority</source>
        <translation>%1, priorità %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Scadenza %1</translation>
    </message>
    <message>
        <source>Due %1 — at risk</source>
        <translation>Scadenza %1 — a rischio</translation>
    </message>
    <message>
        <source>Was due %1 — overdue</source>
        <translation>Scadenza %1 — superata</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts: systems contradict each other</source>
        <translation>
            <numerusform>%n avviso: i sistemi si contraddicono</numerusform>
            <numerusform>%n avvisi: i sistemi si contraddicono</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
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
        <translation>in negozio</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>modulo di reclamo</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra la versione.</translation>
    </message>
    <message>
        <source>Start the reference back-office with the demo scenarios and a fresh case store.</source>
        <translation>Avvia il back-office di riferimento con gli scenari demo e un archivio pratiche nuovo.</translation>
    </message>
    <message>
        <source>With --demo: delay every back-office answer by MS milliseconds.</source>
        <translation>Con --demo: ritarda ogni risposta del back-office di MS millisecondi.</translation>
    </message>
    <message>
        <source>One reference back-office server for all five systems.</source>
        <translation>Un unico server back-office di riferimento per tutti e cinque i sistemi.</translation>
    </message>
    <message>
        <source>Back-office configuration file (JSON: per-system URLs, tokens, timeouts).</source>
        <translation>File di configurazione del back-office (JSON: URL, token e timeout per sistema).</translation>
    </message>
    <message>
        <source>Case store: an SQLite file or a postgresql:// URL (default: $CASELINE_DB, else cases.sqlite in the application data folder).</source>
        <translation>Archivio pratiche: un file SQLite o un URL postgresql:// (predefinito: $CASELINE_DB, altrimenti cases.sqlite nella cartella dati dell&apos;applicazione).</translation>
    </message>
    <message>
        <source>Work as this user (default: the system user).</source>
        <translation>Lavora come questo utente (predefinito: l&apos;utente di sistema).</translation>
    </message>
    <message>
        <source>Search for a phone number, e-mail address, order or tracking number at start.</source>
        <translation>All&apos;avvio cerca un numero di telefono, un indirizzo e-mail, un numero d&apos;ordine o di tracking.</translation>
    </message>
    <message>
        <source>Interface language: en, it, de, es or fr (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Lingua dell&apos;interfaccia: en, it, de, es o fr (predefinita: quella scelta nelle Impostazioni, altrimenti quella del sistema).</translation>
    </message>
    <message>
        <source>Open this case at start (CASE-12 or 12).</source>
        <translation>All&apos;avvio apre questa pratica (CASE-12 o 12).</translation>
    </message>
    <message>
        <source>Quit once the queue is shown.</source>
        <translation>Esce appena la coda è visualizzata.</translation>
    </message>
    <message>
        <source>Caseline: one case timeline from every back-office system. A second start hands --lookup or --open to the running console.</source>
        <translation>Caseline: un&apos;unica cronologia della pratica da tutti i sistemi di back-office. Un secondo avvio passa --lookup o --open alla console già in esecuzione.</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>a case is given as CASE-12 or 12, not &quot;%1&quot;</source>
        <translation>una pratica si indica come CASE-12 o 12, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 Try --help.</source>
        <translation>%1 Prova --help.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation>argomento imprevisto &quot;%1&quot;. Prova --help.</translation>
    </message>
    <message>
        <source>--demo starts its own back-office, so it cannot be combined with --backoffice or --config.</source>
        <translation>--demo avvia un proprio back-office, quindi non può essere combinato con --backoffice o --config.</translation>
    </message>
    <message>
        <source>give either --backoffice or --config, not both.</source>
        <translation>indica --backoffice oppure --config, non entrambi.</translation>
    </message>
    <message>
        <source>--backoffice: %1</source>
        <translation>--backoffice: %1</translation>
    </message>
    <message>
        <source>--config needs the path of a configuration file.</source>
        <translation>--config richiede il percorso di un file di configurazione.</translation>
    </message>
    <message>
        <source>--latency slows the demo back-office down, so it needs --demo.</source>
        <translation>--latency rallenta il back-office demo, quindi richiede --demo.</translation>
    </message>
    <message>
        <source>--latency takes milliseconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--latency accetta millisecondi da 0 a %1, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--as needs a user name.</source>
        <translation>--as richiede un nome utente.</translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;.</source>
        <translation>--language accetta uno tra %1, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>give either --lookup or --open, not both.</source>
        <translation>indica --lookup oppure --open, non entrambi.</translation>
    </message>
    <message>
        <source>--lookup needs a phone number, e-mail address, order or tracking number.</source>
        <translation>--lookup richiede un numero di telefono, un indirizzo e-mail, un numero d&apos;ordine o di tracking.</translation>
    </message>
    <message>
        <source>--open: %1</source>
        <translation>--open: %1</translation>
    </message>
</context>
<context>
    <name>ContradictingMessagesRule</name>
    <message>
        <source>cancelled</source>
        <comment>what a message said</comment>
        <translation>annullato</translation>
    </message>
    <message>
        <source>refunded</source>
        <comment>what a message said</comment>
        <translation>rimborsato</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>what a message said</comment>
        <translation>consegnato</translation>
    </message>
    <message>
        <source>on its way</source>
        <comment>what a message said</comment>
        <translation>in arrivo</translation>
    </message>
    <message>
        <source>%1 (%2) told the customer %3 was %4; %5, %6 later, said %7 was %8.</source>
        <extracomment>%1 is a message, %2 when it was sent, %3 the order, %4 what it said (&quot;cancelled and refunded&quot;); %5 a later message, %6 how much later (&quot;3 days&quot;), %7 its order, %8 what it said (&quot;on its way&quot;)</extracomment>
        <translation>%1 (%2) ha comunicato al cliente che %3 era %4; %5, %6 dopo, ha detto che %7 era %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n more contradicting pairs in messages about this order.</source>
        <extracomment>Follows the alert&apos;s first sentence when more pairs of messages contradict</extracomment>
        <translation>
            <numerusform>Ancora %n coppia di messaggi contraddittori su questo ordine.</numerusform>
            <numerusform>Altre %n coppie di messaggi contraddittori su questo ordine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not open the file for writing: %1</source>
        <translation>Impossibile aprire il file in scrittura: %1</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Impossibile scrivere il file: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>DepartmentWords</name>
    <message>
        <source>Customer service</source>
        <translation>Assistenza clienti</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Negozi</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Magazzino</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistica</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Amministrazione</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisori</translation>
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
        <translation>La %2 di %1 è stata compensata due volte: sostituita con %3 e rimborsata con %4.</translation>
    </message>
    <message>
        <source>%1 %2 has replacements for %3 (%4); the order had %5.</source>
        <extracomment>%1 is an order, %2 one of its lines, %3 the units replaced (&quot;3 units&quot;), %4 the replacement orders, %5 the units ordered (&quot;1 unit&quot;)</extracomment>
        <translation>La %2 di %1 è stata sostituita per %3 (%4); l&apos;ordine era di %5.</translation>
    </message>
    <message>
        <source>Refunds on %1 (%2) total %3, more than the %4 paid.</source>
        <extracomment>%1 is an order, %2 its refunds, %3 their total, %4 what the customer paid</extracomment>
        <translation>I rimborsi su %1 (%2) ammontano in totale a %3, più dei %4 pagati.</translation>
    </message>
</context>
<context>
    <name>DurationWords</name>
    <message>
        <source>less than a minute</source>
        <translation>meno di un minuto</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 g</translation>
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
        <translation>in ritardo di %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 rimanenti</translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>accepted</source>
        <comment>state of an escalation</comment>
        <translation>accettato</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>state of an escalation</comment>
        <translation>risolto</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>state of an escalation</comment>
        <translation>restituito</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be accepted</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;resolved&quot;)</extracomment>
        <translation>l&apos;inoltro %1 risulta %2: non può essere accettato</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be resolved</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;returned&quot;)</extracomment>
        <translation>l&apos;inoltro %1 risulta %2: non può essere risolto</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be returned</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;resolved&quot;)</extracomment>
        <translation>l&apos;inoltro %1 risulta %2: non può essere restituito</translation>
    </message>
    <message>
        <source>a department name is lower case letters and dashes, e.g. returns-desk</source>
        <translation>il nome di un reparto è composto da lettere minuscole e trattini, ad es. returns-desk</translation>
    </message>
    <message>
        <source>a department needs a title and an SLA of 1 to 2160 hours</source>
        <translation>un reparto richiede un titolo e uno SLA da 1 a 2160 ore</translation>
    </message>
    <message>
        <source>an escalation needs a reason of 1 to 500 characters</source>
        <translation>un inoltro richiede un motivo da 1 a 500 caratteri</translation>
    </message>
    <message>
        <source>an escalation&apos;s due time must lie in the future</source>
        <translation>la scadenza di un inoltro deve essere nel futuro</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;finance&quot;</extracomment>
        <translation>reparto &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <source>resolving or returning an escalation needs a note of 1 to 2000 characters</source>
        <translation>per risolvere o restituire un inoltro serve una nota da 1 a 2000 caratteri</translation>
    </message>
    <message>
        <source>escalation %1 was changed meanwhile (version %2, yours %3); reload it and try again</source>
        <extracomment>%1 is the escalation&apos;s number, %2 the version stored now, %3 the version the user changed</extracomment>
        <translation>l&apos;inoltro %1 è stato modificato nel frattempo (versione %2, la tua %3); ricaricalo e riprova</translation>
    </message>
    <message>
        <source>escalation %1 was changed meanwhile; reload it and try again</source>
        <extracomment>%1 is the escalation&apos;s number</extracomment>
        <translation>l&apos;inoltro %1 è stato modificato nel frattempo; ricaricalo e riprova</translation>
    </message>
    <message>
        <source>there is no escalation %1</source>
        <extracomment>%1 is the escalation&apos;s number</extracomment>
        <translation>l&apos;inoltro %1 non esiste</translation>
    </message>
</context>
<context>
    <name>EscalationOverdueRule</name>
    <message>
        <source>The escalation to %1 (&quot;%2&quot;, opened by %3 on %4) was due %5 and is still %6, %7 late.</source>
        <extracomment>%1 is a department, %2 the reason given, %3 who opened the escalation, %4 when, %5 when it was due, %6 its state (&quot;open&quot;), %7 how late it is (&quot;2 days&quot;)</extracomment>
        <translation>L&apos;inoltro a %1 (&quot;%2&quot;, aperto da %3 il %4) scadeva il %5 ed è ancora %6, con %7 di ritardo.</translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <source>the server</source>
        <comment>subject of an error sentence</comment>
        <extracomment>Names a back-office server whose address is not known; it is the %1 (the subject) of the other error sentences about a back-office call</extracomment>
        <translation>il server</translation>
    </message>
    <message>
        <source>the server at %1</source>
        <comment>subject of an error sentence</comment>
        <extracomment>Names a back-office server, %1 is its host and port (&quot;127.0.0.1:8480&quot;); it is the %1 (the subject) of the other error sentences about a back-office call</extracomment>
        <translation>il server %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>time limit</comment>
        <extracomment>A time limit in milliseconds, inside an error sentence</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>time limit</comment>
        <extracomment>A time limit in seconds, inside an error sentence</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1, %2 attempts</source>
        <comment>HTTP status</comment>
        <extracomment>Inside the parentheses of an error sentence: %1 is the HTTP status code (&quot;503&quot;), %2 how many times the request was sent (always more than one)</extracomment>
        <translation>%1, %2 tentativi</translation>
    </message>
    <message>
        <source>%1 refused the request (%2): %3</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;409&quot;), %3 the server&apos;s own explanation (usually English)</extracomment>
        <translation>%1 ha rifiutato la richiesta (%2): %3</translation>
    </message>
    <message>
        <source>%1 refused access (%2); the credentials may be wrong.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;401&quot;)</extracomment>
        <translation>%1 ha negato l&apos;accesso (%2); le credenziali potrebbero essere errate.</translation>
    </message>
    <message>
        <source>%1 does not know the requested item (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;404&quot;)</extracomment>
        <translation>%1 non trova l&apos;elemento richiesto (%2).</translation>
    </message>
    <message>
        <source>%1 is too busy (%2); try again shortly.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;429&quot;)</extracomment>
        <translation>%1 è troppo occupato (%2); riprova tra poco.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;503&quot;)</extracomment>
        <translation>%1 ha avuto un problema interno (%2).</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;400&quot;)</extracomment>
        <translation>%1 ha respinto la richiesta (%2).</translation>
    </message>
    <message>
        <source>The answer from the server could not be understood.</source>
        <translation>Impossibile interpretare la risposta del server.</translation>
    </message>
    <message>
        <source>The answer from the server could not be understood (field %1).</source>
        <extracomment>%1 is the field of the answer that was wrong (&quot;lines[0].quantity&quot;)</extracomment>
        <translation>Impossibile interpretare la risposta del server (campo %1).</translation>
    </message>
    <message>
        <source>The answer from the server at %1 could not be understood.</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;)</extracomment>
        <translation>Impossibile interpretare la risposta del server %1.</translation>
    </message>
    <message>
        <source>The answer from the server at %1 could not be understood (field %2).</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;), %2 the field of the answer that was wrong (&quot;lines[0].quantity&quot;)</extracomment>
        <translation>Impossibile interpretare la risposta del server %1 (campo %2).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 (%3 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the time limit (&quot;10 s&quot;), %3 how many times the request was sent (always more than one)</extracomment>
        <translation>%1 non ha risposto entro %2 (%3 tentativi).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the time limit (&quot;10 s&quot;)</extracomment>
        <translation>%1 non ha risposto entro %2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is how many times the request was sent (always more than one)</extracomment>
        <translation>%1 non ha risposto in tempo (%2 tentativi).</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>%1 could not be reached or cut the connection (%2 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is how many times the request was sent (always more than one)</extracomment>
        <translation>%1 non è raggiungibile o ha interrotto la connessione (%2 tentativi).</translation>
    </message>
    <message>
        <source>%1 could not be reached or cut the connection.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 non è raggiungibile o ha interrotto la connessione.</translation>
    </message>
    <message>
        <source>%1 could not prove its identity, so the secure connection was refused.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 non ha potuto dimostrare la propria identità, quindi la connessione sicura è stata rifiutata.</translation>
    </message>
    <message>
        <source>The request to the server was cancelled.</source>
        <translation>La richiesta al server è stata annullata.</translation>
    </message>
    <message>
        <source>The request to the server at %1 was cancelled.</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;)</extracomment>
        <translation>La richiesta al server %1 è stata annullata.</translation>
    </message>
    <message>
        <source>%1 could not be used.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 non è utilizzabile.</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>Caseline will speak %1 from its next start.</source>
        <translation>Caseline userà la lingua %1 dal prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>MissedDeliveryWindowRule</name>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now</extracomment>
        <translation>La spedizione %1 di %2 era promessa nella fascia %3, ormai trascorsa, e secondo il sistema Consegne lo stato è &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4 (%5: %6).</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now, %5 the time of its last scan, %6 what the carrier wrote on it</extracomment>
        <translation>La spedizione %1 di %2 era promessa nella fascia %3, ormai trascorsa, e secondo il sistema Consegne lo stato è &quot;%4&quot; (%5: %6).</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4, while orders still shows %5 as %6.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now (&quot;failed&quot;), %5 the order again, %6 the order&apos;s status (&quot;dispatched&quot;)</extracomment>
        <translation>La spedizione %1 di %2 era promessa nella fascia %3, ormai trascorsa, e secondo il sistema Consegne lo stato è &quot;%4&quot;, mentre il sistema Ordini mostra ancora %5 come &quot;%6&quot;.</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4 (%5: %6), while orders still shows %7 as %8.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now (&quot;failed&quot;), %5 the time of its last scan, %6 what the carrier wrote on it, %7 the order again, %8 the order&apos;s status (&quot;dispatched&quot;)</extracomment>
        <translation>La spedizione %1 di %2 era promessa nella fascia %3, ormai trascorsa, e secondo il sistema Consegne lo stato è &quot;%4&quot; (%5: %6), mentre il sistema Ordini mostra ancora %7 come &quot;%8&quot;.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>there is no undelivered outbox entry %1</source>
        <extracomment>%1 is the outbox entry&apos;s number</extracomment>
        <translation>nella coda di invio non esiste alcuna voce %1 ancora da inviare</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view cases</source>
        <translation>visualizzare le pratiche</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>aprire nuove pratiche</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>modificare le pratiche</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>aggiungere note</translation>
    </message>
    <message>
        <source>log contacts</source>
        <translation>registrare contatti</translation>
    </message>
    <message>
        <source>escalate cases</source>
        <translation>inoltrare le pratiche</translation>
    </message>
    <message>
        <source>answer escalations</source>
        <translation>rispondere agli inoltri</translation>
    </message>
    <message>
        <source>reschedule deliveries</source>
        <translation>riprogrammare le consegne</translation>
    </message>
    <message>
        <source>redirect deliveries</source>
        <translation>dirottare le consegne</translation>
    </message>
    <message>
        <source>issue return labels</source>
        <translation>emettere etichette di reso</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>rimborsare</translation>
    </message>
    <message>
        <source>cancel orders</source>
        <translation>annullare ordini</translation>
    </message>
    <message>
        <source>send replacements</source>
        <translation>inviare sostituzioni</translation>
    </message>
    <message>
        <source>message customers</source>
        <translation>inviare messaggi ai clienti</translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation>approvare rimborsi</translation>
    </message>
    <message>
        <source>reassign cases in bulk</source>
        <translation>riassegnare pratiche in blocco</translation>
    </message>
    <message>
        <source>change SLA policies</source>
        <translation>modificare le regole SLA</translation>
    </message>
    <message>
        <source>manage staff and roles</source>
        <translation>gestire personale e ruoli</translation>
    </message>
    <message>
        <source>view the dashboard</source>
        <translation>visualizzare la dashboard</translation>
    </message>
</context>
<context>
    <name>PickupPointText</name>
    <message>
        <source>Post office</source>
        <translation>Ufficio postale</translation>
    </message>
    <message>
        <source>Parcel locker</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <source>Opening hours unknown</source>
        <translation>Orari di apertura sconosciuti</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Aperto %1</translation>
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
        <translation>%1 (relativo a %2)</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) no return with a label exists for %5 or its replacements.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the order</extracomment>
        <translation>%2, inviato il %1, ha promesso al cliente un&apos;etichetta di reso; dopo %3 (tempo concesso: %4) non esiste alcun reso con etichetta per %5 né per le sue sostituzioni.</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) no return with a label exists for %5.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the order</extracomment>
        <translation>%2, inviato il %1, ha promesso al cliente un&apos;etichetta di reso; dopo %3 (tempo concesso: %4) non esiste alcun reso con etichetta per %5.</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) the label of %5 exists but was never sent.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the returns</extracomment>
        <translation>%2, inviato il %1, ha promesso al cliente un&apos;etichetta di reso; dopo %3 (tempo concesso: %4) l&apos;etichetta di %5 esiste ma non è mai stata inviata.</translation>
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
        <translation>la richiesta di approvazione del rimborso %1 è già stata rifiutata da %2</translation>
    </message>
    <message>
        <source>refund approval request %1 was already approved by %2</source>
        <extracomment>%1 is the request&apos;s number, %2 the supervisor who approved it</extracomment>
        <translation>la richiesta di approvazione del rimborso %1 è già stata approvata da %2</translation>
    </message>
    <message>
        <source>only refunds wait for approval</source>
        <translation>solo i rimborsi sono soggetti ad approvazione</translation>
    </message>
    <message>
        <source>there is no refund approval request %1</source>
        <extracomment>%1 is the request&apos;s number</extracomment>
        <translation>la richiesta di approvazione del rimborso %1 non esiste</translation>
    </message>
    <message>
        <source>an approval&apos;s note is at most 2000 characters</source>
        <translation>la nota di un&apos;approvazione può avere al massimo 2000 caratteri</translation>
    </message>
    <message>
        <source>rejecting a refund needs a note of 1 to 2000 characters</source>
        <translation>per rifiutare un rimborso serve una nota da 1 a 2000 caratteri</translation>
    </message>
    <message>
        <source>refund approval request %1 was decided meanwhile; reload it</source>
        <extracomment>%1 is the request&apos;s number</extracomment>
        <translation>la richiesta di approvazione del rimborso %1 è stata valutata nel frattempo; ricaricala</translation>
    </message>
</context>
<context>
    <name>RefundWhileShippingRule</name>
    <message>
        <source>%1 (%2) %3 (%4)</source>
        <extracomment>A shipment in a list: %1 is its number, %2 its order, %3 its status, %4 the time of its latest scan</extracomment>
        <translation>%1 (%2) %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <extracomment>A shipment in a list: %1 is its number, %2 its order, %3 its status</extracomment>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>%1 (%2 on %3 by %4)</source>
        <extracomment>A refund in a list: %1 is its number, %2 the amount, %3 the order, %4 who issued it</extracomment>
        <translation>%1 (%2 su %3, emesso da %4)</translation>
    </message>
    <message>
        <source>Money was refunded for %1 of %2 by %3, but the goods are with the customer: %4; the return covers too few units.</source>
        <extracomment>%1 is a number of units (&quot;2 units&quot;), %2 an order line, %3 the refunds, %4 the shipments that brought the goods</extracomment>
        <translation>Rimborso effettuato per %1 della %2 con %3, ma la merce è presso il cliente: %4; il reso copre troppo poche unità.</translation>
    </message>
    <message>
        <source>Money was refunded for %1 of %2 by %3, but the goods are with the customer: %4; no return exists.</source>
        <extracomment>%1 is a number of units (&quot;2 units&quot;), %2 an order line, %3 the refunds, %4 the shipments that brought the goods</extracomment>
        <translation>Rimborso effettuato per %1 della %2 con %3, ma la merce è presso il cliente: %4; non esiste alcun reso.</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>a staff member needs a name of 1 to 100 characters</source>
        <translation>un membro del personale deve avere un nome da 1 a 100 caratteri</translation>
    </message>
    <message>
        <source>a login is at most 100 characters</source>
        <translation>un nome utente può avere al massimo 100 caratteri</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;customer-service&quot;</extracomment>
        <translation>reparto &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <source>the login &apos;%1&apos; is %2&apos;s already</source>
        <extracomment>%1 is a login, %2 the name of the staff member who already has it</extracomment>
        <translation>il nome utente &quot;%1&quot; appartiene già a %2</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>the store address is empty</source>
        <translation>l&apos;indirizzo dell&apos;archivio pratiche è vuoto</translation>
    </message>
    <message>
        <source>sqlite:// needs a file path, e.g. sqlite:///var/lib/caseline/cases.sqlite</source>
        <translation>sqlite:// richiede il percorso di un file, ad es. sqlite:///var/lib/caseline/cases.sqlite</translation>
    </message>
    <message>
        <source>unknown store address scheme in &apos;%1&apos;: use postgresql://... or sqlite://... or a file path</source>
        <extracomment>%1 is the store address as given</extracomment>
        <translation>schema sconosciuto nell&apos;indirizzo dell&apos;archivio pratiche &quot;%1&quot;: usa postgresql://... o sqlite://... o il percorso di un file</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs a host: postgresql://user@host:port/dbname</source>
        <translation>l&apos;indirizzo PostgreSQL deve indicare un host: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs one database name: postgresql://user@host:port/dbname</source>
        <translation>l&apos;indirizzo PostgreSQL deve indicare un solo nome di database: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs a user: postgresql://user@host:port/dbname</source>
        <translation>l&apos;indirizzo PostgreSQL deve indicare un utente: postgresql://user@host:port/dbname</translation>
    </message>
</context>
<context>
    <name>TimelineBuilder</name>
    <message>
        <source>%1 placed as a replacement for %2</source>
        <extracomment>%1 is the new order; then %2 is the department that placed it, %3 the order it replaces</extracomment>
        <translation>%1 effettuato in sostituzione di %2</translation>
    </message>
    <message>
        <source>%1 placed by %2 as a replacement for %3</source>
        <translation>%1 effettuato da %2 in sostituzione di %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>order status</comment>
        <extracomment>An order&apos;s new status: %1 is the order, %2 its status (&quot;dispatched&quot;); then %3 is the department that changed it</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 da %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order</extracomment>
        <translation>Rimborso %1 di %2 su %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 by %4</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 who issued it</extracomment>
        <translation>Rimborso %1 di %2 su %3, emesso da %4</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 (%4)</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 its status (&quot;pending&quot;)</extracomment>
        <translation>Rimborso %1 di %2 su %3 (%4)</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 by %4 (%5)</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 who issued it, %5 its status (&quot;pending&quot;)</extracomment>
        <translation>Rimborso %1 di %2 su %3, emesso da %4 (%5)</translation>
    </message>
    <message>
        <source>Note on %1 by %2: %3</source>
        <extracomment>%1 is an order, %2 the note; then %2 is the department that wrote it, %3 the note</extracomment>
        <translation>Nota di %2 su %1: %3</translation>
    </message>
    <message>
        <source>Note on %1: %2</source>
        <translation>Nota su %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) promised for %3</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the delivery window</extracomment>
        <translation>%1 (%2): consegna promessa nella fascia %3</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <extracomment>A carrier&apos;s scan: %1 is a shipment, %2 its order, %3 the status (&quot;in transit&quot;); then %4 is where it was scanned</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2) %3, %4</source>
        <translation>%1 (%2): %3, %4</translation>
    </message>
    <message>
        <source>Return %1 for %2, %3; label %4 %5</source>
        <extracomment>%1 is a return, %2 its order, %3 its status (&quot;authorized&quot;), %4 the carrier of its label, %5 the label&apos;s tracking number</extracomment>
        <translation>Reso %1 per %2, %3; etichetta %4 %5</translation>
    </message>
    <message>
        <source>Return %1 for %2, %3; no label</source>
        <extracomment>%1 is a return, %2 its order, %3 its status (&quot;authorized&quot;)</extracomment>
        <translation>Reso %1 per %2, %3; nessuna etichetta</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Failed: %1. Can be retried.</source>
        <translation>Non riuscita: %1. Può essere ritentata.</translation>
    </message>
    <message>
        <source>Failed: %1 — %2. Can be retried.</source>
        <translation>Non riuscita: %1 — %2. Può essere ritentata.</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>ultimo errore: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>In attesa di invio: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1 (%2)</source>
        <translation>In attesa di invio: %1 (%2)</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Prossimo tentativo: %1.</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Riguarda: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tries</source>
        <extracomment>How often sending an action was tried so far</extracomment>
        <translation>
            <numerusform>%n tentativo</numerusform>
            <numerusform>%n tentativi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::ActionDialog</name>
    <message>
        <source>Action details</source>
        <translation>Dettagli azione</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Invia (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
</context>
<context>
    <name>caseline::AgingChart</name>
    <message>
        <source>Open cases</source>
        <translation>Pratiche aperte</translation>
    </message>
    <message>
        <source>Age of open cases</source>
        <translation>Età delle pratiche aperte</translation>
    </message>
    <message>
        <source>Days since opened</source>
        <translation>Giorni dall&apos;apertura</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Emetti etichetta di reso</translation>
    </message>
    <message>
        <source>Message the customer</source>
        <translation>Scrivi al cliente</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Aggiungi una nota</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Annulla l&apos;ordine</translation>
    </message>
    <message>
        <source>Reschedule delivery</source>
        <translation>Riprogramma consegna</translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation>Inoltra a %1</translation>
    </message>
</context>
<context>
    <name>caseline::AlertPanel</name>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 alert on %2</source>
        <translation>Avviso %1 su %2</translation>
    </message>
</context>
<context>
    <name>caseline::ApprovalQueueModel</name>
    <message>
        <source>Refund of %1 on %2 requested by %3: %4</source>
        <translation>Rimborso di %1 per %2 richiesto da %3: %4</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Richiesto da</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>In attesa da</translation>
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
        <translation>Approvazione rimborsi</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Rifiuta</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Why (required to reject; shown on the case&apos;s timeline)</source>
        <translation>Motivazione (obbligatoria per rifiutare; visibile nella cronologia della pratica)</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Nota sulla decisione</translation>
    </message>
    <message>
        <source>Approve the selected refunds</source>
        <translation>Approva i rimborsi selezionati</translation>
    </message>
    <message>
        <source>Send the selected refunds to the payments system</source>
        <translation>Invia i rimborsi selezionati al sistema pagamenti</translation>
    </message>
    <message>
        <source>Reject the selected refunds</source>
        <translation>Rifiuta i rimborsi selezionati</translation>
    </message>
    <message>
        <source>Refuse the selected refunds; the note says why</source>
        <translation>Rifiuta i rimborsi selezionati; la nota spiega il motivo</translation>
    </message>
    <message>
        <source>Select the refund requests to decide on first.</source>
        <translation>Seleziona prima le richieste di rimborso da valutare.</translation>
    </message>
    <message>
        <source>Write a note saying why the refund is rejected: the agent and the customer&apos;s timeline show it.</source>
        <translation>Scrivi una nota con il motivo del rifiuto: sarà visibile all&apos;operatore e nella cronologia del cliente.</translation>
    </message>
</context>
<context>
    <name>caseline::BacklogChart</name>
    <message>
        <source>Backlog over time</source>
        <translation>Arretrato nel tempo</translation>
    </message>
    <message>
        <source>Open at end of day</source>
        <translation>Aperte a fine giornata</translation>
    </message>
    <message>
        <source>Opened that day</source>
        <translation>Aperte nel giorno</translation>
    </message>
    <message>
        <source>Resolved that day</source>
        <translation>Risolte nel giorno</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Al giorno</translation>
    </message>
    <message>
        <source>%1 open cases on %2, %3 on %4</source>
        <translation>%1 pratiche aperte il %2, %3 il %4</translation>
    </message>
</context>
<context>
    <name>caseline::CancelDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>Annulla %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · placed %3&lt;br&gt;%4&lt;br&gt;Total %5, paid %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · effettuato %3&lt;br&gt;%4&lt;br&gt;Totale %5, pagato %6</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Already left the warehouse: %1. The shop can no longer cancel; offer a redirect to a pickup point or a return instead.</source>
        <translation>Già uscito dal magazzino: %1. Non è più possibile annullarlo; proponi invece il dirottamento a un punto di ritiro o un reso.</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>Il cliente ha cambiato idea</translation>
    </message>
    <message>
        <source>Ordered twice</source>
        <translation>Ordinato due volte</translation>
    </message>
    <message>
        <source>Delivery date does not suit</source>
        <translation>La data di consegna non va bene</translation>
    </message>
    <message>
        <source>Found it cheaper</source>
        <translation>Trovato a meno altrove</translation>
    </message>
    <message>
        <source>Why the order is cancelled</source>
        <translation>Motivo dell&apos;annullamento dell&apos;ordine</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>caseline::CaseActionDesk</name>
    <message>
        <source>deliver the outbox</source>
        <translation>elaborare la coda di invio</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>errore imprevisto</translation>
    </message>
    <message>
        <source>add the note</source>
        <translation>aggiungere la nota</translation>
    </message>
    <message>
        <source>log the contact</source>
        <translation>registrare il contatto</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>inoltrare la pratica</translation>
    </message>
    <message>
        <source>try the action again</source>
        <translation>ritentare l&apos;azione</translation>
    </message>
    <message>
        <source>cannot check the action against the back-office: %1 could not be read: %2. Nothing was done.</source>
        <extracomment>%1 is the back-office system&apos;s code (&quot;payments&quot;), %2 why it could not be read</extracomment>
        <translation>non è possibile verificare l&apos;azione sul back-office: non è stato possibile leggere il sistema %1: %2. Nessuna operazione eseguita.</translation>
    </message>
    <message>
        <source>cannot check the action against the back-office: the carrier&apos;s options could not be read: %1. Nothing was done.</source>
        <extracomment>%1 says why the carrier&apos;s options could not be read</extracomment>
        <translation>non è possibile verificare l&apos;azione sul back-office: non è stato possibile leggere le opzioni del corriere: %1. Nessuna operazione eseguita.</translation>
    </message>
    <message>
        <source>%1 is not an order of %2</source>
        <extracomment>%1 is an order&apos;s id (&quot;ORD-1001&quot;), %2 the case&apos;s reference (&quot;CASE-12&quot;)</extracomment>
        <translation>%1 non è un ordine della pratica %2</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>una nota deve contenere del testo</translation>
    </message>
    <message>
        <source>a contact is inbound or outbound</source>
        <translation>la direzione di un contatto deve essere in entrata o in uscita</translation>
    </message>
    <message>
        <source>a contact&apos;s channel is one of %1</source>
        <extracomment>%1 lists the channels&apos; codes (&quot;phone, email, chat, store, social or complaint-form&quot;)</extracomment>
        <translation>il canale di un contatto deve essere uno tra: %1</translation>
    </message>
    <message>
        <source>a contact needs a summary</source>
        <translation>un contatto richiede un riepilogo</translation>
    </message>
</context>
<context>
    <name>caseline::CaseActionFlow</name>
    <message>
        <source>Stored; sending: %1</source>
        <translation>Salvata; invio in corso: %1</translation>
    </message>
    <message>
        <source>Held for a supervisor&apos;s approval (request %1).</source>
        <translation>In attesa dell&apos;approvazione di un supervisore (richiesta %1).</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non eseguita: %1</translation>
    </message>
    <message>
        <source>The returns system made the label; fetching it…</source>
        <translation>Il sistema resi ha creato l&apos;etichetta; recupero in corso…</translation>
    </message>
    <message>
        <source>Done. It is on the case&apos;s timeline.</source>
        <translation>Fatto. È nella cronologia della pratica.</translation>
    </message>
    <message>
        <source>The back-office did not answer (%1); trying again at %2. The action is kept and will not be lost.</source>
        <translation>Il back-office non ha risposto (%1); nuovo tentativo alle %2. L&apos;azione è conservata e non andrà persa.</translation>
    </message>
    <message>
        <source>The back-office refused it: %1</source>
        <translation>Il back-office l&apos;ha rifiutata: %1</translation>
    </message>
    <message>
        <source>Saved on the case.</source>
        <translation>Salvata nella pratica.</translation>
    </message>
    <message>
        <source>Label %1 is ready and on the timeline.</source>
        <translation>L&apos;etichetta %1 è pronta ed è nella cronologia.</translation>
    </message>
    <message>
        <source>Checking with the back-office…</source>
        <translation>Verifica con il back-office…</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Apri prima una pratica.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>This case has no order; link one to act on it.</source>
        <translation>Questa pratica non ha un ordine; collegane uno per intervenire.</translation>
    </message>
    <message>
        <source>The order is not known yet: wait for the timeline, or refresh (F5).</source>
        <translation>L&apos;ordine non è ancora noto: attendi la cronologia o aggiorna (F5).</translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation>Azione sconosciuta %1.</translation>
    </message>
    <message>
        <source>Sending label %1 to the customer…</source>
        <translation>Invio dell&apos;etichetta %1 al cliente…</translation>
    </message>
    <message>
        <source>%1 has no parcel on its way to move.</source>
        <translation>%1 non ha pacchi in viaggio da spostare.</translation>
    </message>
    <message>
        <source>Handing over to %1…</source>
        <translation>Passaggio a %1…</translation>
    </message>
</context>
<context>
    <name>caseline::CaseFieldsEditor</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>(department queue)</source>
        <translation>(coda del reparto)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Stato della pratica</translation>
    </message>
    <message>
        <source>Case priority</source>
        <translation>Priorità della pratica</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Save case changes</source>
        <translation>Salva le modifiche alla pratica</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save status, priority and assignee (%1)</source>
        <translation>Salva stato, priorità e assegnatario (%1)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>St&amp;ato:</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>Priori&amp;tà:</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>Asse&amp;gnata a:</translation>
    </message>
</context>
<context>
    <name>caseline::CaseHeader</name>
    <message>
        <source>Case</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Linked orders</source>
        <translation>Ordini collegati</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Nessuna pratica aperta</translation>
    </message>
    <message>
        <source>Pick a case from the queue, or search (Ctrl+K) for a customer.</source>
        <translation>Scegli una pratica dalla coda o cerca un cliente (Ctrl+K).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 desk</source>
        <translation>reparto %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assegnata</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>assegnata a %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <source>Customer %1 · speaks %2 · came by %3</source>
        <translation>Cliente %1 · lingua: %2 · canale: %3</translation>
    </message>
    <message>
        <source>No order linked</source>
        <translation>Nessun ordine collegato</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Riguarda: %1</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>lingua: %1</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>preferisce: %1</translation>
    </message>
</context>
<context>
    <name>caseline::CaseListPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Esporta %1 come CSV</translation>
    </message>
    <message>
        <source>Write this list to a CSV file (%1)</source>
        <translation>Scrivi questo elenco in un file CSV (%1)</translation>
    </message>
    <message>
        <source>Reassign selected…</source>
        <translation>Riassegna selezionate…</translation>
    </message>
    <message>
        <source>Reassign the selected cases</source>
        <translation>Riassegna le pratiche selezionate</translation>
    </message>
    <message>
        <source>Give the selected cases to someone else (%1)</source>
        <translation>Assegna le pratiche selezionate a un&apos;altra persona (%1)</translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation>Riassegna a</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>Esportata %n riga di %1 in %2</numerusform>
            <numerusform>Esportate %n righe di %1 in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cases to reassign first.</source>
        <translation>Seleziona prima le pratiche da riassegnare.</translation>
    </message>
    <message>
        <source>There is no one to reassign the cases to: the staff list is empty.</source>
        <translation>Non c&apos;è nessuno a cui riassegnare le pratiche: l&apos;elenco del personale è vuoto.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n pratica</numerusform>
            <numerusform>%n pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1, %2 selezionate</translation>
    </message>
</context>
<context>
    <name>caseline::CasePane</name>
    <message>
        <source>&amp;Retry action</source>
        <translation>&amp;Riprova azione</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Return &amp;label</source>
        <translation>&amp;Etichetta reso</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Re&amp;schedule</source>
        <translation>Ripro&amp;gramma</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>Rim&amp;borso</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>Ann&amp;ulla ordine</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Re&amp;placement</source>
        <translation>Sostitu&amp;zione</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contatto</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>Ino&amp;ltra</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Cronologia della pratica</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Resi</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Show %1 events</source>
        <translation>Mostra eventi %1</translation>
    </message>
    <message>
        <source>Filter the timeline…</source>
        <translation>Filtra la cronologia…</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>Filtra la cronologia</translation>
    </message>
    <message>
        <source>Send a failed or waiting action now, with the same key (it is applied once)</source>
        <translation>Invia ora un&apos;azione non riuscita o in attesa, con la stessa chiave (viene applicata una sola volta)</translation>
    </message>
    <message>
        <source>Retry the selected action</source>
        <translation>Riprova l&apos;azione selezionata</translation>
    </message>
</context>
<context>
    <name>caseline::CaseWorkspace</name>
    <message>
        <source>an unexpected error</source>
        <translation>errore imprevisto</translation>
    </message>
    <message>
        <source>open the case store</source>
        <translation>aprire l&apos;archivio pratiche</translation>
    </message>
    <message>
        <source>Order management could not be searched: %1</source>
        <translation>Impossibile cercare nella gestione ordini: %1</translation>
    </message>
    <message>
        <source>Some orders could not be read: %1</source>
        <translation>Impossibile leggere alcuni ordini: %1</translation>
    </message>
    <message>
        <source>The case store could not be searched: %1</source>
        <translation>Impossibile cercare nell&apos;archivio pratiche: %1</translation>
    </message>
    <message>
        <source>open CASE-%1</source>
        <translation>aprire CASE-%1</translation>
    </message>
    <message>
        <source>open a new case</source>
        <translation>aprire una nuova pratica</translation>
    </message>
    <message>
        <source>load the departments</source>
        <translation>caricare i reparti</translation>
    </message>
    <message>
        <source>read customer %1</source>
        <translation>leggere il cliente %1</translation>
    </message>
</context>
<context>
    <name>caseline::ConflictBar</name>
    <message>
        <source>&amp;Apply my change again</source>
        <translation>Riapplica la mia mo&amp;difica</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>Mantieni la &amp;loro</translation>
    </message>
    <message>
        <source>Conflicting change</source>
        <translation>Modifica in conflitto</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 while you were editing: %4. Your change was not saved: %5.</source>
        <translation>%1 ha modificato %2 il %3 mentre la stavi modificando: %4. La tua modifica non è stata salvata: %5.</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>stato %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorità %1</translation>
    </message>
    <message>
        <source>back to the department queue</source>
        <translation>di nuovo alla coda del reparto</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assegnata a %1</translation>
    </message>
    <message>
        <source>no field</source>
        <translation>nessun campo</translation>
    </message>
</context>
<context>
    <name>caseline::ConsoleController</name>
    <message>
        <source>Could not load the queue: %1</source>
        <translation>Impossibile caricare la coda: %1</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <source>%1 opened.</source>
        <translation>%1 aperta.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Impossibile %1: %2</translation>
    </message>
    <message>
        <source>An action on CASE-%1 failed: %2</source>
        <translation>Un&apos;azione su CASE-%1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>Opening the case store…</source>
        <translation>Apertura dell&apos;archivio pratiche…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 salvata.</translation>
    </message>
    <message>
        <source>CASE-%1 was not saved: %2</source>
        <translation>CASE-%1 non è stata salvata: %2</translation>
    </message>
</context>
<context>
    <name>caseline::ConsoleLauncher</name>
    <message>
        <source>Starting the demo back-office…</source>
        <translation>Avvio del back-office demo…</translation>
    </message>
    <message>
        <source>No temporary folder for the demo&apos;s case store: %1</source>
        <translation>Nessuna cartella temporanea per l&apos;archivio pratiche demo: %1</translation>
    </message>
    <message>
        <source>The demo back-office did not start: %1</source>
        <translation>Il back-office demo non si è avviato: %1</translation>
    </message>
    <message>
        <source>The console needs a back-office and a case store.</source>
        <translation>La console richiede un back-office e un archivio pratiche.</translation>
    </message>
    <message>
        <source>The case store could not be opened: %1</source>
        <translation>Impossibile aprire l&apos;archivio pratiche: %1</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · accesso come %2</translation>
    </message>
    <message>
        <source>The demo cases could not be made: %1</source>
        <translation>Impossibile creare le pratiche demo: %1</translation>
    </message>
</context>
<context>
    <name>caseline::ContactDialog</name>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
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
        <translation>In negozio</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Complaint form</source>
        <translation>Modulo di reclamo</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>Contatto con il cliente</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>The customer contacted us</source>
        <translation>Il cliente ci ha contattato</translation>
    </message>
    <message>
        <source>We contacted the customer</source>
        <translation>Abbiamo contattato il cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>What the customer said and what you agreed</source>
        <translation>Cosa ha detto il cliente e cosa avete concordato</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direzione:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anale:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Riepilogo:</translation>
    </message>
    <message>
        <source>Sum up the contact first.</source>
        <translation>Scrivi prima un riepilogo del contatto.</translation>
    </message>
    <message>
        <source>The channel must be %1.</source>
        <translation>Il canale deve essere %1.</translation>
    </message>
</context>
<context>
    <name>caseline::CustomerSearchModel</name>
    <message>
        <source>Placed</source>
        <translation>Effettuato</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
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
        <translation>Pratiche aperte</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA violato</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA a rischio</translation>
    </message>
    <message>
        <source>Watchdog alerts</source>
        <translation>Avvisi watchdog</translation>
    </message>
    <message>
        <source>Refunds awaiting approval</source>
        <translation>Rimborsi da approvare</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>caseline::DemoBackoffice</name>
    <message>
        <source>The demo back-office (%1) was not found in %2.</source>
        <translation>Il back-office demo (%1) non è stato trovato in %2.</translation>
    </message>
    <message>
        <source>The demo back-office printed something unexpected instead of its address.</source>
        <translation>Il back-office demo ha stampato qualcosa di inatteso invece del suo indirizzo.</translation>
    </message>
    <message>
        <source>The demo back-office announced &quot;%1&quot; instead of its address.</source>
        <translation>Il back-office demo ha comunicato &quot;%1&quot; invece del suo indirizzo.</translation>
    </message>
    <message>
        <source>The demo back-office could not be started: %1</source>
        <translation>Impossibile avviare il back-office demo: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>si è arrestato in modo anomalo</translation>
    </message>
    <message>
        <source>it ended with exit code %1</source>
        <translation>è terminato con codice di uscita %1</translation>
    </message>
    <message>
        <source>The demo back-office stopped before announcing its address (%1).%2</source>
        <translation>Il back-office demo si è fermato prima di comunicare il suo indirizzo (%1).%2</translation>
    </message>
    <message>
        <source>The demo back-office stopped (%1).%2</source>
        <translation>Il back-office demo si è fermato (%1).%2</translation>
    </message>
    <message>
        <source>The demo back-office did not announce its address within %1 s.%2</source>
        <translation>Il back-office demo non ha comunicato il suo indirizzo entro %1 s.%2</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Messaggio: %1</translation>
    </message>
</context>
<context>
    <name>caseline::EscalateDialog</name>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Escalate the case</source>
        <translation>Inoltra la pratica</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message numerus="yes">
        <source>%1 (answers within %n h)</source>
        <translation>
            <numerusform>%1 (risponde entro %n h)</numerusform>
            <numerusform>%1 (risponde entro %n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What the department should do, and why</source>
        <translation>Cosa deve fare il reparto e perché</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Reparto:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorità:</translation>
    </message>
    <message>
        <source>D&amp;ue (UTC):</source>
        <translation>&amp;Scadenza (UTC):</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Scegli il reparto.</translation>
    </message>
    <message>
        <source>Say why the case goes to %1.</source>
        <translation>Indica perché la pratica passa a %1.</translation>
    </message>
    <message>
        <source>The due time must be in the future.</source>
        <translation>La scadenza deve essere nel futuro.</translation>
    </message>
    <message>
        <source>The priority must be %1.</source>
        <translation>La priorità deve essere %1.</translation>
    </message>
</context>
<context>
    <name>caseline::FirstRunDialog</name>
    <message>
        <source>One &amp;back-office server for every system</source>
        <translation>Un unico server &amp;back-office per tutti i sistemi</translation>
    </message>
    <message>
        <source>A configuration &amp;file</source>
        <translation>Un &amp;file di configurazione</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Sfogl&amp;ia…</translation>
    </message>
    <message>
        <source>Set up Caseline</source>
        <translation>Configura Caseline</translation>
    </message>
    <message>
        <source>Tell Caseline where the back-office systems answer and where the cases are kept. You can change this later.</source>
        <translation>Indica a Caseline dove rispondono i sistemi di back-office e dove sono conservate le pratiche. Potrai modificarlo in seguito.</translation>
    </message>
    <message>
        <source>One back-office server for every system</source>
        <translation>Un unico server back-office per tutti i sistemi</translation>
    </message>
    <message>
        <source>Back-office server address</source>
        <translation>Indirizzo del server back-office</translation>
    </message>
    <message>
        <source>A configuration file</source>
        <translation>Un file di configurazione</translation>
    </message>
    <message>
        <source>Back-office configuration file</source>
        <translation>File di configurazione del back-office</translation>
    </message>
    <message>
        <source>caseline.json: per-system addresses and tokens</source>
        <translation>caseline.json: indirizzi e token per sistema</translation>
    </message>
    <message>
        <source>Browse for the configuration file</source>
        <translation>Cerca il file di configurazione</translation>
    </message>
    <message>
        <source>Case store</source>
        <translation>Archivio pratiche</translation>
    </message>
    <message>
        <source>an SQLite file, or postgresql://user@host/database</source>
        <translation>un file SQLite, oppure postgresql://utente@host/database</translation>
    </message>
    <message>
        <source>Browse for the SQLite case store file</source>
        <translation>Cerca il file SQLite dell&apos;archivio pratiche</translation>
    </message>
    <message>
        <source>Why the settings cannot be used</source>
        <translation>Perché le impostazioni non sono utilizzabili</translation>
    </message>
    <message>
        <source>Back-office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>Case s&amp;tore:</source>
        <translation>Archivio &amp;pratiche:</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Usa queste impostazioni</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Configuration (*.json)</source>
        <translation>Configurazione (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>SQLite case store</source>
        <translation>Archivio pratiche SQLite</translation>
    </message>
    <message>
        <source>SQLite (*.sqlite *.db)</source>
        <translation>SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Enter the address of the back-office server, e.g. http://127.0.0.1:8480.</source>
        <translation>Inserisci l&apos;indirizzo del server back-office, ad es. http://127.0.0.1:8480.</translation>
    </message>
    <message>
        <source>The back-office address cannot be used: %1</source>
        <translation>L&apos;indirizzo del back-office non è utilizzabile: %1</translation>
    </message>
    <message>
        <source>Choose the back-office configuration file.</source>
        <translation>Scegli il file di configurazione del back-office.</translation>
    </message>
    <message>
        <source>The configuration file cannot be used: %1</source>
        <translation>Il file di configurazione non è utilizzabile: %1</translation>
    </message>
    <message>
        <source>Choose where the cases are kept: an SQLite file, or a postgresql:// address shared by the team.</source>
        <translation>Scegli dove conservare le pratiche: un file SQLite oppure un indirizzo postgresql:// condiviso dal team.</translation>
    </message>
    <message>
        <source>The case store cannot be used: %1</source>
        <translation>L&apos;archivio pratiche non è utilizzabile: %1</translation>
    </message>
</context>
<context>
    <name>caseline::LabelPreview</name>
    <message>
        <source>Label preview</source>
        <translation>Anteprima etichetta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Label status</source>
        <translation>Stato dell&apos;etichetta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation>Stampa l&apos;etichetta</translation>
    </message>
    <message>
        <source>Print the label (%1)</source>
        <translation>Stampa l&apos;etichetta (%1)</translation>
    </message>
    <message>
        <source>the label is not a readable PDF</source>
        <translation>l&apos;etichetta non è un PDF leggibile</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation>Nessuna etichetta: %1</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Search customers and cases</source>
        <translation>&amp;Cerca clienti e pratiche</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>Le &amp;mie pratiche</translation>
    </message>
    <message>
        <source>My &amp;department</source>
        <translation>Il mio &amp;reparto</translation>
    </message>
    <message>
        <source>&amp;All open</source>
        <translation>&amp;Tutte le aperte</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>Richiede &amp;attenzione</translation>
    </message>
    <message>
        <source>Supervisor &amp;dashboard</source>
        <translation>&amp;Dashboard supervisore</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Queues, SLA, the watchdog&apos;s conflicts, workload and approvals</source>
        <translation>Code, SLA, conflitti del watchdog, carico di lavoro e approvazioni</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Pratica</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuova pratica…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Usa la lingua del sistema</translation>
    </message>
</context>
<context>
    <name>caseline::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
</context>
<context>
    <name>caseline::MessageDialog</name>
    <message>
        <source>Message to the customer</source>
        <translation>Messaggio al cliente</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Etichetta di reso</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Riprogrammazione</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annullamento</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Testo libero</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
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
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canale:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Anteprima:</translation>
    </message>
</context>
<context>
    <name>caseline::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nuova pratica</translation>
    </message>
    <message>
        <source>e.g. CUS-1001 (search with Ctrl+K)</source>
        <translation>ad es. CUS-1001 (cerca con Ctrl+K)</translation>
    </message>
    <message>
        <source>What the customer needs, in a line</source>
        <translation>Di cosa ha bisogno il cliente, in una riga</translation>
    </message>
    <message>
        <source>Order numbers, comma separated — may stay empty</source>
        <translation>Numeri d&apos;ordine separati da virgola — facoltativo</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anale:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>O&amp;rdini:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Lingua del cliente</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>How the customer came</source>
        <translation>Come ci ha contattato il cliente</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>Numeri d&apos;ordine</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Apri pratica</translation>
    </message>
    <message>
        <source>Who is the customer? Search for them with Ctrl+K or type their number.</source>
        <translation>Chi è il cliente? Cercalo con Ctrl+K o digita il suo numero.</translation>
    </message>
    <message>
        <source>Say in a line what the customer needs.</source>
        <translation>Indica in una riga di cosa ha bisogno il cliente.</translation>
    </message>
    <message>
        <source>Why the case cannot be opened</source>
        <translation>Perché la pratica non può essere aperta</translation>
    </message>
</context>
<context>
    <name>caseline::NoteDialog</name>
    <message>
        <source>Note on the case</source>
        <translation>Nota sulla pratica</translation>
    </message>
    <message>
        <source>&amp;Note (seen by colleagues, not by the customer):</source>
        <translation>&amp;Nota (visibile ai colleghi, non al cliente):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what is next</source>
        <translation>Cosa è successo, cosa è stato concordato, prossimi passi</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Scrivi prima la nota.</translation>
    </message>
</context>
<context>
    <name>caseline::OrderLineTable</name>
    <message>
        <source>Order lines</source>
        <translation>Righe d&apos;ordine</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> di %1</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Quantità di %1</translation>
    </message>
</context>
<context>
    <name>caseline::QueueCountsModel</name>
    <message>
        <source>All departments</source>
        <translation>Tutti i reparti</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Pratiche per stato</translation>
    </message>
    <message>
        <source>The same cases by priority</source>
        <translation>Le stesse pratiche per priorità</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open case(s)</source>
        <translation>
            <numerusform>%1: %n pratica aperta</numerusform>
            <numerusform>%1: %n pratiche aperte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n case(s)</source>
        <translation>
            <numerusform>%1, %2: %n pratica</numerusform>
            <numerusform>%1, %2: %n pratiche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>caseline::QueuePane</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuova pratica</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Le mie pratiche</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>Il mio reparto</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tutte le aperte</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Richiede attenzione</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Cases in this queue</source>
        <translation>Pratiche in questa coda</translation>
    </message>
    <message>
        <source>Open a case for a call or a store visit, with or without an order number (%1)</source>
        <translation>Apri una pratica per una chiamata o una visita in negozio, con o senza numero d&apos;ordine (%1)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuova pratica</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln pratica</numerusform>
            <numerusform>%Ln pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 di %Ln pratica</numerusform>
            <numerusform>%1 di %Ln pratiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::ReasonBox</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>caseline::RefundDialog</name>
    <message>
        <source>Refund on %1</source>
        <translation>Rimborso per %1</translation>
    </message>
    <message>
        <source>Paid %1, refunded %2, &lt;b&gt;left %3&lt;/b&gt;</source>
        <translation>Pagato %1, rimborsato %2, &lt;b&gt;residuo %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Payments so far</source>
        <translation>Pagamenti finora</translation>
    </message>
    <message>
        <source>&amp;Full refund of what is left</source>
        <translation>Rimborso &amp;totale del residuo</translation>
    </message>
    <message>
        <source>Refund an amount</source>
        <translation>Rimborsa un importo</translation>
    </message>
    <message>
        <source>Selected &amp;lines</source>
        <translation>Righe &amp;selezionate</translation>
    </message>
    <message>
        <source>Refund selected lines</source>
        <translation>Rimborsa le righe selezionate</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Lower it for a partial refund</source>
        <translation>Riducilo per un rimborso parziale</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Gesto commerciale</translation>
    </message>
    <message>
        <source>Item not delivered</source>
        <translation>Articolo non consegnato</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Danneggiato</translation>
    </message>
    <message>
        <source>Returned item received</source>
        <translation>Articolo reso ricevuto</translation>
    </message>
    <message>
        <source>Order cancelled but delivered</source>
        <translation>Ordine annullato ma consegnato</translation>
    </message>
    <message>
        <source>Delivery window missed</source>
        <translation>Fascia di consegna mancata</translation>
    </message>
    <message>
        <source>Why the customer gets money back</source>
        <translation>Perché il cliente riceve un rimborso</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Imp&amp;orto:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Tick the lines to refund.</source>
        <translation>Seleziona le righe da rimborsare.</translation>
    </message>
</context>
<context>
    <name>caseline::ReplacementDialog</name>
    <message>
        <source>Replacement for %1</source>
        <translation>Sostituzione per %1</translation>
    </message>
    <message>
        <source>Tick the lines to send again:</source>
        <translation>Seleziona le righe da rispedire:</translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation>Articolo sbagliato consegnato</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Danneggiato</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>Perso durante il trasporto</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Parti mancanti</translation>
    </message>
    <message>
        <source>Why it is sent again</source>
        <translation>Perché viene rispedito</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Tick at least one line to send again.</source>
        <translation>Seleziona almeno una riga da rispedire.</translation>
    </message>
</context>
<context>
    <name>caseline::RescheduleDialog</name>
    <message>
        <source>Reschedule delivery %1</source>
        <translation>Riprogramma la consegna %1</translation>
    </message>
    <message>
        <source>No promised window</source>
        <translation>Nessuna fascia promessa</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>Fascia promessa: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 · %3, tracking %4 · %5&lt;br&gt;%6&lt;br&gt;To %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dell&apos;ordine %2 · %3, tracking %4 · %5&lt;br&gt;%6&lt;br&gt;Destinazione: %7</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>&amp;Delivery slot</source>
        <translation>Fascia di &amp;consegna</translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation>&amp;Punto di ritiro</translation>
    </message>
    <message>
        <source>e.g. leave with the concierge</source>
        <translation>ad es. lasciare al portiere</translation>
    </message>
    <message>
        <source>Note for the carrier</source>
        <translation>Nota per il corriere</translation>
    </message>
    <message>
        <source>&amp;Note for the carrier:</source>
        <translation>&amp;Nota per il corriere:</translation>
    </message>
    <message>
        <source>Asking the carrier for slots…</source>
        <translation>Richiesta delle fasce al corriere…</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>Giorno di consegna</translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation>Fasce del giorno</translation>
    </message>
    <message>
        <source>Redirect the parcel to:</source>
        <translation>Dirotta il pacco a:</translation>
    </message>
    <message>
        <source>Pickup points</source>
        <translation>Punti di ritiro</translation>
    </message>
    <message>
        <source>The carrier offers no pickup point for this parcel.</source>
        <translation>Il corriere non offre punti di ritiro per questo pacco.</translation>
    </message>
    <message>
        <source>The carrier offers no other slot and no pickup point for %1.</source>
        <translation>Il corriere non offre altre fasce né punti di ritiro per %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s options could not be read: %1</source>
        <translation>Impossibile leggere le opzioni del corriere: %1</translation>
    </message>
    <message>
        <source>%1–%2 UTC · %3</source>
        <translation>%1–%2 UTC · %3</translation>
    </message>
    <message>
        <source> (already begun)</source>
        <translation> (già iniziata)</translation>
    </message>
    <message>
        <source>No slot on %1.</source>
        <translation>Nessuna fascia il %1.</translation>
    </message>
    <message>
        <source>&amp;Slots on %1:</source>
        <translation>&amp;Fasce del %1:</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Sera</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Orario d&apos;ufficio</translation>
    </message>
    <message>
        <source>Choose a day and one of its slots.</source>
        <translation>Scegli un giorno e una delle sue fasce.</translation>
    </message>
    <message>
        <source>Choose a pickup point.</source>
        <translation>Scegli un punto di ritiro.</translation>
    </message>
</context>
<context>
    <name>caseline::ReturnLabelDialog</name>
    <message>
        <source>Return label for %1</source>
        <translation>Etichetta di reso per %1</translation>
    </message>
    <message>
        <source>Tick the delivered lines the customer sends back:</source>
        <translation>Seleziona le righe consegnate che il cliente restituisce:</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Taglia sbagliata</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Danneggiato</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme alla descrizione</translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation>Articolo sbagliato consegnato</translation>
    </message>
    <message>
        <source>Order cancelled but delivered</source>
        <translation>Ordine annullato ma consegnato</translation>
    </message>
    <message>
        <source>Why the customer returns it</source>
        <translation>Perché il cliente lo restituisce</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Send to &amp;customer</source>
        <translation>Invia al &amp;cliente</translation>
    </message>
    <message>
        <source>Send the label to the customer</source>
        <translation>Invia l&apos;etichetta al cliente</translation>
    </message>
    <message>
        <source>Return %1 is authorized; its label is below.</source>
        <translation>Il reso %1 è autorizzato; l&apos;etichetta è qui sotto.</translation>
    </message>
    <message>
        <source>Return %1 is authorized, but its label is no readable PDF.</source>
        <translation>Il reso %1 è autorizzato, ma la sua etichetta non è un PDF leggibile.</translation>
    </message>
    <message>
        <source>The return was requested, but its label could not be fetched: %1</source>
        <translation>Il reso è stato richiesto, ma non è stato possibile recuperare l&apos;etichetta: %1</translation>
    </message>
    <message>
        <source>Tick at least one line to return.</source>
        <translation>Seleziona almeno una riga da restituire.</translation>
    </message>
</context>
<context>
    <name>caseline::SearchPanel</name>
    <message>
        <source>Search order, e-mail, phone, tracking or name (Ctrl+K)</source>
        <translation>Cerca ordine, e-mail, telefono, tracking o nome (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search customers and cases</source>
        <translation>Cerca clienti e pratiche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nessun risultato per &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>caseline::SlaCaseListModel</name>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>Minutes left</source>
        <translation>Minuti rimanenti</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non assegnata)</translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusBar</name>
    <message>
        <source>Refreshing</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Ask every back-office system again (%1)</source>
        <translation>Interroga di nuovo tutti i sistemi di back-office (%1)</translation>
    </message>
    <message>
        <source>Refresh the timeline</source>
        <translation>Aggiorna la cronologia</translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusChip</name>
    <message>
        <source>%1: …</source>
        <translation>%1: …</translation>
    </message>
    <message>
        <source>%1 has not been asked yet</source>
        <translation>%1: nessuna richiesta ancora inviata</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>%1 answered with fresh data</source>
        <translation>%1: dati aggiornati ricevuti</translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation>%1: dati non aggiornati dal %2</translation>
    </message>
    <message>
        <source>%1 is shown from the cache of %2</source>
        <translation>%1: dati mostrati dalla cache del %2</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: errore</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>Impossibile raggiungere %1: %2</translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusModel</name>
    <message>
        <source>%1: not fetched yet</source>
        <translation>%1: dati non ancora recuperati</translation>
    </message>
    <message>
        <source>%1: up to date (fetched %2)</source>
        <translation>%1: dati aggiornati (recuperati: %2)</translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation>%1: dati aggiornati</translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation>%1: dati non aggiornati (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: errore</translation>
    </message>
    <message>
        <source>%1: error — %2</source>
        <translation>%1: errore — %2</translation>
    </message>
    <message>
        <source>%1 (refreshing…)</source>
        <translation>%1 (aggiornamento…)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>ora sconosciuta</translation>
    </message>
</context>
<context>
    <name>caseline::StoreChangeWatcher</name>
    <message>
        <source>Changes by other consoles cannot be followed: %1</source>
        <translation>Impossibile seguire le modifiche di altre console: %1</translation>
    </message>
    <message>
        <source>Changes by other consoles could not be read: %1</source>
        <translation>Impossibile leggere le modifiche di altre console: %1</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorConsole</name>
    <message>
        <source>Caseline — supervisor dashboard</source>
        <translation>Caseline — dashboard supervisore</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Impossibile leggere la dashboard: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) reassigned.</source>
        <translation>
            <numerusform>%n pratica riassegnata.</numerusform>
            <numerusform>%n pratiche riassegnate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund request %1 approved: it is being sent.</source>
        <translation>Richiesta di rimborso %1 approvata: invio in corso.</translation>
    </message>
    <message>
        <source>Refund request %1 rejected.</source>
        <translation>Richiesta di rimborso %1 rifiutata.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Impossibile %1: %2</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorDashboard</name>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>In attesa dei primi dati…</translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation>Dashboard supervisore</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Ultimo aggiornamento</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Dashboard lists</source>
        <translation>Elenchi della dashboard</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Reassign selected…</source>
        <translation>Riassegna selezionate…</translation>
    </message>
    <message>
        <source>Cases are reassigned from the SLA and watchdog lists.</source>
        <translation>Le pratiche si riassegnano dagli elenchi SLA e watchdog.</translation>
    </message>
    <message>
        <source>Counts by department</source>
        <translation>Conteggi per reparto</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteggi</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA violato</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA a rischio</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Watchdog</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carico di lavoro</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvazioni</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Ultimo aggiornamento %1</translation>
    </message>
    <message>
        <source>SLA breached (%1)</source>
        <translation>SLA violato (%1)</translation>
    </message>
    <message>
        <source>SLA at risk (%1)</source>
        <translation>SLA a rischio (%1)</translation>
    </message>
    <message>
        <source>Watchdog (%1)</source>
        <translation>Watchdog (%1)</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Approvazioni (%1)</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorDesk</name>
    <message>
        <source>an unexpected error</source>
        <translation>errore imprevisto</translation>
    </message>
    <message>
        <source>load the refunds awaiting approval</source>
        <translation>caricare i rimborsi da approvare</translation>
    </message>
    <message>
        <source>approve the refund</source>
        <translation>approvare il rimborso</translation>
    </message>
    <message>
        <source>reject the refund</source>
        <translation>rifiutare il rimborso</translation>
    </message>
    <message>
        <source>reassign the cases</source>
        <translation>riassegnare le pratiche</translation>
    </message>
    <message>
        <source>load the staff</source>
        <translation>caricare il personale</translation>
    </message>
</context>
<context>
    <name>caseline::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Resi</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Pratica</translation>
    </message>
</context>
<context>
    <name>caseline::WatchdogListModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Rilevato</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
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
        <translation>(non assegnate)</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA violato</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
</context>
</TS>
