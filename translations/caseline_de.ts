<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>no role has it</source>
        <translation>in keiner Rolle vergeben</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>role</comment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>store staff</source>
        <comment>role</comment>
        <translation>Filialmitarbeiter</translation>
    </message>
    <message>
        <source>supervisor</source>
        <comment>role</comment>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>finance</source>
        <comment>role</comment>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the %4 permission (%5)</source>
        <extracomment>%1 is a user, %2 their role (&quot;agent&quot;), %3 what they tried (&quot;issue return labels&quot;), %4 the permission&apos;s code (&quot;issue-return-label&quot;), %5 the roles&apos; codes that have it (&quot;agent, supervisor&quot;) or &quot;no role has it&quot;</extracomment>
        <translation>%1 (%2) ist nicht berechtigt, %3: Dafür ist die Berechtigung %4 erforderlich (%5)</translation>
    </message>
    <message>
        <source>%1 works in %2; only %3 or supervisors answer its escalations</source>
        <extracomment>%1 is a user, %2 their department, %3 the department the escalation went to</extracomment>
        <translation>%1 gehört zur Abteilung %2; nur %3 oder Supervisoren beantworten Eskalationen an diese Abteilung</translation>
    </message>
    <message>
        <source>the refund approval threshold is an amount of 0 or more minor units</source>
        <translation>Der Schwellenwert für Erstattungsfreigaben ist ein Betrag von 0 oder mehr in der kleinsten Währungseinheit</translation>
    </message>
</context>
<context>
    <name>ActionValidator</name>
    <message>
        <source>%1 is %2; only an order not yet dispatched can be cancelled</source>
        <extracomment>%1 is an order, %2 its status (&quot;dispatched&quot;)</extracomment>
        <translation>%1 ist %2; nur eine noch nicht versandte Bestellung kann storniert werden</translation>
    </message>
    <message>
        <source>order management does not know %1</source>
        <extracomment>%1 is an order number</extracomment>
        <translation>Die Auftragsverwaltung kennt %1 nicht</translation>
    </message>
    <message>
        <source>%1 has no line %2</source>
        <extracomment>%1 is an order, %2 a line number</extracomment>
        <translation>%1 hat keine Position %2</translation>
    </message>
    <message>
        <source>line %1 of %2 has %3, not %4</source>
        <extracomment>%1 is a line number, %2 its order, %3 the quantity ordered, %4 the quantity asked</extracomment>
        <translation>Position %1 von %2 hat die Menge %3, nicht %4</translation>
    </message>
    <message>
        <source>%1 was paid in %2, not %3</source>
        <extracomment>%1 is an order, %2 the currency it was paid in, %3 the currency of the refund</extracomment>
        <translation>%1 wurde in %2 bezahlt, nicht in %3</translation>
    </message>
    <message>
        <source>a refund of %1 is more than is left of %2: paid %3, refunded %4, left %5 (minor units of %6)</source>
        <extracomment>Amounts in minor units (cents): %1 the refund asked, %2 the order, %3 what was paid, %4 what was refunded, %5 what is left, %6 the currency</extracomment>
        <translation>Eine Erstattung von %1 übersteigt den Restbetrag von %2: bezahlt %3, erstattet %4, verbleibend %5 (in der kleinsten Einheit von %6)</translation>
    </message>
    <message>
        <source>line %1 of %2: %3 delivered, %4 already being returned; a label for %5 is not possible</source>
        <extracomment>%1 is a line number, %2 its order, %3 the units delivered, %4 the units already being returned, %5 the units asked for</extracomment>
        <translation>Position %1 von %2: %3 geliefert, %4 bereits in Retoure; ein Label für %5 ist nicht möglich</translation>
    </message>
    <message>
        <source>delivery does not know shipment %1</source>
        <extracomment>%1 is a shipment number</extracomment>
        <translation>Das Zustellsystem kennt die Sendung %1 nicht</translation>
    </message>
    <message>
        <source>%1 is %2; it can no longer be rescheduled</source>
        <extracomment>%1 is a shipment, %2 its status (&quot;delivered&quot;)</extracomment>
        <translation>%1 ist %2 und kann nicht mehr umgeplant werden</translation>
    </message>
    <message>
        <source>the carrier does not offer slot %1 for %2</source>
        <extracomment>%1 is a delivery slot, %2 a shipment</extracomment>
        <translation>Der Versanddienstleister bietet das Zeitfenster %1 für %2 nicht an</translation>
    </message>
    <message>
        <source>slot %1 (%2) has already begun</source>
        <extracomment>%1 is a delivery slot, %2 when it begins</extracomment>
        <translation>Das Zeitfenster %1 (%2) hat bereits begonnen</translation>
    </message>
    <message>
        <source>the carrier does not offer pickup point %1 for %2</source>
        <extracomment>%1 is a pickup point, %2 a shipment</extracomment>
        <translation>Der Versanddienstleister bietet den Abholpunkt %1 für %2 nicht an</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>placed</source>
        <comment>a status reported by a back-office system</comment>
        <translation>bestellt</translation>
    </message>
    <message>
        <source>created</source>
        <comment>a status reported by a back-office system</comment>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>dispatched</source>
        <comment>a status reported by a back-office system</comment>
        <translation>versandt</translation>
    </message>
    <message>
        <source>in transit</source>
        <comment>a status reported by a back-office system</comment>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <comment>a status reported by a back-office system</comment>
        <translation>in Zustellung</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>a status reported by a back-office system</comment>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a status reported by a back-office system</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a status reported by a back-office system</comment>
        <translation>storniert</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <comment>a status reported by a back-office system</comment>
        <translation>umgeplant</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>a status reported by a back-office system</comment>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>authorized</source>
        <comment>a status reported by a back-office system</comment>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>label sent</source>
        <comment>a status reported by a back-office system</comment>
        <translation>Label versendet</translation>
    </message>
    <message>
        <source>received</source>
        <comment>a status reported by a back-office system</comment>
        <translation>eingegangen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>a status reported by a back-office system</comment>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>a status reported by a back-office system</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>open</source>
        <comment>a status reported by a back-office system</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>a status reported by a back-office system</comment>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>a status reported by a back-office system</comment>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>a status reported by a back-office system</comment>
        <translation>zurückgegeben</translation>
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
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>%1-%2 UTC</source>
        <extracomment>A delivery window within one day: %1 is its start with the date (&quot;19 Oct 2026 08:00&quot;), %2 its end time (&quot;12:00&quot;)</extracomment>
        <translation>%1–%2 UTC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A delivery window over several days: %1 and %2 are its ends (&quot;19 Oct 2026 08:00 UTC&quot;)</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>A duration of two days or more</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A duration in hours, abbreviated</extracomment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A duration in minutes, abbreviated</extracomment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
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
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <extracomment>A quantity of an order line&apos;s article</extracomment>
        <translation>
            <numerusform>%n Stück</numerusform>
            <numerusform>%n Stück</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>An order line: %1 is its number</extracomment>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <extracomment>An order line: %1 is its number, %2 what was ordered</extracomment>
        <translation>Position %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CancelledButShippedRule</name>
    <message>
        <source>%1 was cancelled</source>
        <extracomment>The first part of an alert; %1 is an order number</extracomment>
        <translation>%1 wurde storniert</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2</source>
        <extracomment>The first part of an alert; %1 is an order number, %2 a date and time</extracomment>
        <translation>%1 wurde am %2 storniert</translation>
    </message>
    <message>
        <source>%1 was cancelled by %2 on %3</source>
        <extracomment>The first part of an alert; %1 is an order number, %2 the system or department that cancelled it, %3 a date and time</extracomment>
        <translation>%1 wurde am %3 von %2 storniert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>scan status and time</comment>
        <extracomment>A carrier&apos;s scan in a list: %1 is its status (&quot;in transit&quot;), %2 its time</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1, but delivery reports %2 %3.</source>
        <extracomment>%1 says how the order was cancelled (&quot;ORD-1 was cancelled by orders on 16 Oct 2026 07:30 UTC&quot;), %2 is a shipment, %3 its status (&quot;in transit&quot;)</extracomment>
        <translation>%1, aber das Zustellsystem meldet %2 als %3.</translation>
    </message>
    <message>
        <source>%1, but delivery shows %2 %3.</source>
        <extracomment>%1 says how the order was cancelled, %2 is a shipment, %3 the list of its scans (&quot;in transit 16 Oct 2026 07:30 UTC and delivered 17 Oct 2026 ...&quot;)</extracomment>
        <translation>%1, aber das Zustellsystem zeigt für %2: %3.</translation>
    </message>
    <message>
        <source>%1, but delivery shows %2 %3; it is now %4.</source>
        <extracomment>%1 says how the order was cancelled, %2 is a shipment, %3 the list of its scans, %4 its status now (&quot;cancelled&quot;)</extracomment>
        <translation>%1, aber das Zustellsystem zeigt für %2: %3; jetzt ist die Sendung %4.</translation>
    </message>
</context>
<context>
    <name>CaseEntryWording</name>
    <message>
        <source>(none)</source>
        <comment>no value: no assignee, no department</comment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>return label</source>
        <translation>Retourenlabel</translation>
    </message>
    <message>
        <source>reschedule</source>
        <comment>an action: change a delivery&apos;s slot or address</comment>
        <translation>Umplanung</translation>
    </message>
    <message>
        <source>cancel</source>
        <comment>an action: cancel an order</comment>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>replace</source>
        <comment>an action: send a replacement</comment>
        <translation>Ersatzlieferung</translation>
    </message>
    <message>
        <source>message</source>
        <comment>an action: write to the customer</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>store</source>
        <comment>a case channel: the customer came to a store</comment>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>Beschwerdeformular</translation>
    </message>
    <message>
        <source>Case opened from %1: %2</source>
        <extracomment>%1 = channel (phone, email, …), %2 = the case&apos;s subject</extracomment>
        <translation>Fall eröffnet (%1): %2</translation>
    </message>
    <message>
        <source>Linked orders or shipments changed</source>
        <translation>Verknüpfte Bestellungen oder Sendungen geändert</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>Priorität %1 → %2</translation>
    </message>
    <message>
        <source>department %1 → %2</source>
        <translation>Abteilung %1 → %2</translation>
    </message>
    <message>
        <source>assignee %1 → %2</source>
        <translation>Bearbeiter %1 → %2</translation>
    </message>
    <message>
        <source>subject %1 → %2</source>
        <translation>Betreff %1 → %2</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <comment>the case&apos;s SLA deadline changed</comment>
        <translation>Fälligkeit %1 → %2</translation>
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
        <translation>Erstattung von %1 für %2: %3</translation>
    </message>
    <message>
        <source>Return label for %1: %2</source>
        <extracomment>%1 = order, %2 = reason</extracomment>
        <translation>Retourenlabel für %1: %2</translation>
    </message>
    <message>
        <source>Delivery of %1 redirected to pickup point %2</source>
        <extracomment>%1 = shipment, %2 = pickup point</extracomment>
        <translation>Zustellung von %1 an Abholpunkt %2 umgeleitet</translation>
    </message>
    <message>
        <source>Delivery of %1 moved to slot %2</source>
        <extracomment>%1 = shipment, %2 = delivery slot</extracomment>
        <translation>Zustellung von %1 auf Zeitfenster %2 verschoben</translation>
    </message>
    <message>
        <source>Cancel %1: %2</source>
        <extracomment>Cancelling an order: %1 = order, %2 = reason</extracomment>
        <translation>Stornierung von %1: %2</translation>
    </message>
    <message>
        <source>Replacement for %1: %2</source>
        <extracomment>%1 = order, %2 = reason</extracomment>
        <translation>Ersatzlieferung für %1: %2</translation>
    </message>
    <message>
        <source>Message to the customer (%1, %2): %3</source>
        <extracomment>%1 = channel (email, SMS), %2 = the customer&apos;s language code, %3 = subject</extracomment>
        <translation>Nachricht an den Kunden (%1, %2): %3</translation>
    </message>
    <message>
        <source>%1 delivered to %2</source>
        <extracomment>%1 = action (refund, return label, …), %2 = back-office system</extracomment>
        <translation>%1 an %2 übermittelt</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 = action (refund, return label, …), %2 = why, as the system said it</extracomment>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Escalated to %1 (due %2): %3</source>
        <extracomment>%1 = department, %2 = date and time it is due, %3 = reason</extracomment>
        <translation>An %1 eskaliert (fällig am %2): %3</translation>
    </message>
    <message>
        <source>%1 accepted the escalation</source>
        <extracomment>%1 = department</extracomment>
        <translation>%1 hat die Eskalation angenommen</translation>
    </message>
    <message>
        <source>%1 accepted the escalation: %2</source>
        <translation>%1 hat die Eskalation angenommen: %2</translation>
    </message>
    <message>
        <source>%1 resolved the escalation</source>
        <extracomment>%1 = department</extracomment>
        <translation>%1 hat die Eskalation gelöst</translation>
    </message>
    <message>
        <source>%1 resolved the escalation: %2</source>
        <translation>%1 hat die Eskalation gelöst: %2</translation>
    </message>
    <message>
        <source>%1 returned the escalation</source>
        <extracomment>%1 = department; returned = handed back to the case&apos;s owner without a resolution</extracomment>
        <translation>%1 hat die Eskalation zurückgegeben</translation>
    </message>
    <message>
        <source>%1 returned the escalation: %2</source>
        <translation>%1 hat die Eskalation zurückgegeben: %2</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 approved (request %3)</source>
        <extracomment>%1 = amount with currency, %2 = order, %3 = approval request number</extracomment>
        <translation>Erstattung von %1 für %2 freigegeben (Anfrage %3)</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 approved (request %3): %4</source>
        <translation>Erstattung von %1 für %2 freigegeben (Anfrage %3): %4</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 rejected (request %3)</source>
        <extracomment>%1 = amount with currency, %2 = order, %3 = approval request number, %4 = why</extracomment>
        <translation>Erstattung von %1 für %2 abgelehnt (Anfrage %3)</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 rejected (request %3): %4</source>
        <translation>Erstattung von %1 für %2 abgelehnt (Anfrage %3): %4</translation>
    </message>
    <message>
        <source>Held for a supervisor&apos;s approval (request %1): %2</source>
        <extracomment>%1 = approval request number, %2 = the refund (&quot;Refund of 25.00 EUR on ORD-1: …&quot;)</extracomment>
        <translation>Wartet auf Freigabe durch einen Supervisor (Anfrage %1): %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <extracomment>%1 = action (refund, return label, …); nothing says why</extracomment>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <extracomment>Follows the error sentence of an action the outbox stopped sending</extracomment>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown back-office system</source>
        <extracomment>Why an action failed: its outbox entry names a system Caseline has no address for</extracomment>
        <translation>unbekanntes Back-Office-System</translation>
    </message>
</context>
<context>
    <name>CaseReassignment</name>
    <message>
        <source>an assignee&apos;s name is at most 100 characters</source>
        <translation>Der Name eines Bearbeiters darf höchstens 100 Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>a case needs a customer</source>
        <translation>Ein Fall benötigt einen Kunden</translation>
    </message>
    <message>
        <source>a case needs a subject of 1 to 300 characters</source>
        <translation>Ein Fall benötigt einen Betreff mit 1 bis 300 Zeichen</translation>
    </message>
    <message>
        <source>customer language &apos;%1&apos; is not one of en, it, de, es, fr</source>
        <extracomment>%1 is the language code given for the customer, e.g. &quot;pt&quot;</extracomment>
        <translation>Die Kundensprache „%1“ ist keine von en, it, de, es, fr</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;customer-service&quot;</extracomment>
        <translation>Unbekannte Abteilung „%1“</translation>
    </message>
    <message>
        <source>a case links orders, shipments or returns by id, not &apos;%1:%2&apos;</source>
        <extracomment>%1 is the kind of record given (&quot;order&quot;, &quot;shipment&quot;, &quot;return&quot; or a wrong one), %2 its id</extracomment>
        <translation>Ein Fall verknüpft Bestellungen, Sendungen oder Retouren über ihre ID, nicht „%1:%2“</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>Es gibt keinen Fall %1</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile (version %2, yours %3); reload it and try again</source>
        <extracomment>%1 is the case&apos;s reference (CASE-12), %2 the version stored now, %3 the version the user changed</extracomment>
        <translation>%1 wurde inzwischen von jemand anderem geändert (Version %2, Ihre Version %3); laden Sie den Fall neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reload it and try again</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>%1 wurde inzwischen von jemand anderem geändert; laden Sie den Fall neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>a case entry needs a kind and a summary</source>
        <translation>Ein Falleintrag benötigt eine Art und eine Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>CaseRowPresentation</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation>Wartet auf Abteilung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 priority</source>
        <translation>%1, Priorität %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Due %1 — at risk</source>
        <translation>Fällig: %1 — gefährdet</translation>
    </message>
    <message>
        <source>Was due %1 — overdue</source>
        <translation>Fällig seit %1 — überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts: systems contradict each other</source>
        <translation>
            <numerusform>%n Meldung: Systeme widersprechen sich</numerusform>
            <numerusform>%n Meldungen: Systeme widersprechen sich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>in store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>Beschwerdeformular</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Start the reference back-office with the demo scenarios and a fresh case store.</source>
        <translation>Das Referenz-Backoffice mit den Demo-Szenarien und einer neuen Falldatenbank starten.</translation>
    </message>
    <message>
        <source>With --demo: delay every back-office answer by MS milliseconds.</source>
        <translation>Mit --demo: jede Antwort des Backoffice um MS Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>One reference back-office server for all five systems.</source>
        <translation>Ein Referenz-Backoffice-Server für alle fünf Systeme.</translation>
    </message>
    <message>
        <source>Back-office configuration file (JSON: per-system URLs, tokens, timeouts).</source>
        <translation>Backoffice-Konfigurationsdatei (JSON: URLs, Tokens und Timeouts je System).</translation>
    </message>
    <message>
        <source>Case store: an SQLite file or a postgresql:// URL (default: $CASELINE_DB, else cases.sqlite in the application data folder).</source>
        <translation>Falldatenbank: eine SQLite-Datei oder eine postgresql://-URL (Standard: $CASELINE_DB, sonst cases.sqlite im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>Work as this user (default: the system user).</source>
        <translation>Als dieser Benutzer arbeiten (Standard: der Systembenutzer).</translation>
    </message>
    <message>
        <source>Search for a phone number, e-mail address, order or tracking number at start.</source>
        <translation>Beim Start nach einer Telefonnummer, E-Mail-Adresse, Bestell- oder Sendungsnummer suchen.</translation>
    </message>
    <message>
        <source>Interface language: en, it, de, es or fr (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche: en, it, de, es oder fr (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Open this case at start (CASE-12 or 12).</source>
        <translation>Diesen Fall beim Start öffnen (CASE-12 oder 12).</translation>
    </message>
    <message>
        <source>Quit once the queue is shown.</source>
        <translation>Beenden, sobald die Warteschlange angezeigt wird.</translation>
    </message>
    <message>
        <source>Caseline: one case timeline from every back-office system. A second start hands --lookup or --open to the running console.</source>
        <translation>Caseline: ein Fallverlauf aus allen Backoffice-Systemen. Ein zweiter Start übergibt --lookup oder --open an die laufende Konsole.</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>a case is given as CASE-12 or 12, not &quot;%1&quot;</source>
        <translation>Ein Fall wird als CASE-12 oder 12 angegeben, nicht als „%1“</translation>
    </message>
    <message>
        <source>%1 Try --help.</source>
        <translation>%1 Siehe --help.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation>Unerwartetes Argument „%1“. Siehe --help.</translation>
    </message>
    <message>
        <source>--demo starts its own back-office, so it cannot be combined with --backoffice or --config.</source>
        <translation>--demo startet ein eigenes Backoffice und kann daher nicht mit --backoffice oder --config kombiniert werden.</translation>
    </message>
    <message>
        <source>give either --backoffice or --config, not both.</source>
        <translation>Geben Sie entweder --backoffice oder --config an, nicht beides.</translation>
    </message>
    <message>
        <source>--backoffice: %1</source>
        <translation>--backoffice: %1</translation>
    </message>
    <message>
        <source>--config needs the path of a configuration file.</source>
        <translation>--config erwartet den Pfad einer Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>--latency slows the demo back-office down, so it needs --demo.</source>
        <translation>--latency verlangsamt das Demo-Backoffice und erfordert daher --demo.</translation>
    </message>
    <message>
        <source>--latency takes milliseconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--latency erwartet Millisekunden von 0 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--as needs a user name.</source>
        <translation>--as erwartet einen Benutzernamen.</translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;.</source>
        <translation>--language erwartet einen der Werte %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>give either --lookup or --open, not both.</source>
        <translation>Geben Sie entweder --lookup oder --open an, nicht beides.</translation>
    </message>
    <message>
        <source>--lookup needs a phone number, e-mail address, order or tracking number.</source>
        <translation>--lookup erwartet eine Telefonnummer, E-Mail-Adresse, Bestell- oder Sendungsnummer.</translation>
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
        <translation>storniert</translation>
    </message>
    <message>
        <source>refunded</source>
        <comment>what a message said</comment>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>what a message said</comment>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>on its way</source>
        <comment>what a message said</comment>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>%1 (%2) told the customer %3 was %4; %5, %6 later, said %7 was %8.</source>
        <extracomment>%1 is a message, %2 when it was sent, %3 the order, %4 what it said (&quot;cancelled and refunded&quot;); %5 a later message, %6 how much later (&quot;3 days&quot;), %7 its order, %8 what it said (&quot;on its way&quot;)</extracomment>
        <translation>%1 (%2) teilte dem Kunden mit, %3 sei %4; %5 sagte %6 später, %7 sei %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n more contradicting pairs in messages about this order.</source>
        <extracomment>Follows the alert&apos;s first sentence when more pairs of messages contradict</extracomment>
        <translation>
            <numerusform>%n weiteres widersprüchliches Nachrichtenpaar zu dieser Bestellung.</numerusform>
            <numerusform>%n weitere widersprüchliche Nachrichtenpaare zu dieser Bestellung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not open the file for writing: %1</source>
        <translation>Die Datei konnte nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DepartmentWords</name>
    <message>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisoren</translation>
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
        <translation>%2 von %1 wurde doppelt kompensiert: ersetzt durch %3 und erstattet durch %4.</translation>
    </message>
    <message>
        <source>%1 %2 has replacements for %3 (%4); the order had %5.</source>
        <extracomment>%1 is an order, %2 one of its lines, %3 the units replaced (&quot;3 units&quot;), %4 the replacement orders, %5 the units ordered (&quot;1 unit&quot;)</extracomment>
        <translation>Für %2 von %1 gibt es Ersatzbestellungen über %3 (%4); die Bestellung umfasste %5.</translation>
    </message>
    <message>
        <source>Refunds on %1 (%2) total %3, more than the %4 paid.</source>
        <extracomment>%1 is an order, %2 its refunds, %3 their total, %4 what the customer paid</extracomment>
        <translation>Die Erstattungen für %1 (%2) belaufen sich auf %3, mehr als die bezahlten %4.</translation>
    </message>
</context>
<context>
    <name>DurationWords</name>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>accepted</source>
        <comment>state of an escalation</comment>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>state of an escalation</comment>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>state of an escalation</comment>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be accepted</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;resolved&quot;)</extracomment>
        <translation>Eskalation %1 ist %2; sie kann nicht angenommen werden</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be resolved</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;returned&quot;)</extracomment>
        <translation>Eskalation %1 ist %2; sie kann nicht gelöst werden</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be returned</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;resolved&quot;)</extracomment>
        <translation>Eskalation %1 ist %2; sie kann nicht zurückgegeben werden</translation>
    </message>
    <message>
        <source>a department name is lower case letters and dashes, e.g. returns-desk</source>
        <translation>Ein Abteilungsname besteht aus Kleinbuchstaben und Bindestrichen, z. B. returns-desk</translation>
    </message>
    <message>
        <source>a department needs a title and an SLA of 1 to 2160 hours</source>
        <translation>Eine Abteilung benötigt einen Titel und ein SLA von 1 bis 2160 Stunden</translation>
    </message>
    <message>
        <source>an escalation needs a reason of 1 to 500 characters</source>
        <translation>Eine Eskalation benötigt eine Begründung mit 1 bis 500 Zeichen</translation>
    </message>
    <message>
        <source>an escalation&apos;s due time must lie in the future</source>
        <translation>Der Fälligkeitszeitpunkt einer Eskalation muss in der Zukunft liegen</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;finance&quot;</extracomment>
        <translation>Unbekannte Abteilung „%1“</translation>
    </message>
    <message>
        <source>resolving or returning an escalation needs a note of 1 to 2000 characters</source>
        <translation>Zum Lösen oder Zurückgeben einer Eskalation ist eine Notiz mit 1 bis 2000 Zeichen erforderlich</translation>
    </message>
    <message>
        <source>escalation %1 was changed meanwhile (version %2, yours %3); reload it and try again</source>
        <extracomment>%1 is the escalation&apos;s number, %2 the version stored now, %3 the version the user changed</extracomment>
        <translation>Eskalation %1 wurde inzwischen geändert (Version %2, Ihre Version %3); laden Sie sie neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>escalation %1 was changed meanwhile; reload it and try again</source>
        <extracomment>%1 is the escalation&apos;s number</extracomment>
        <translation>Eskalation %1 wurde inzwischen geändert; laden Sie sie neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>there is no escalation %1</source>
        <extracomment>%1 is the escalation&apos;s number</extracomment>
        <translation>Es gibt keine Eskalation %1</translation>
    </message>
</context>
<context>
    <name>EscalationOverdueRule</name>
    <message>
        <source>The escalation to %1 (&quot;%2&quot;, opened by %3 on %4) was due %5 and is still %6, %7 late.</source>
        <extracomment>%1 is a department, %2 the reason given, %3 who opened the escalation, %4 when, %5 when it was due, %6 its state (&quot;open&quot;), %7 how late it is (&quot;2 days&quot;)</extracomment>
        <translation>Die Eskalation an %1 („%2“, eröffnet von %3 am %4) war am %5 fällig und ist weiterhin %6, %7 überfällig.</translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <source>the server</source>
        <comment>subject of an error sentence</comment>
        <extracomment>Names a back-office server whose address is not known; it is the %1 (the subject) of the other error sentences about a back-office call</extracomment>
        <translation>der Server</translation>
    </message>
    <message>
        <source>the server at %1</source>
        <comment>subject of an error sentence</comment>
        <extracomment>Names a back-office server, %1 is its host and port (&quot;127.0.0.1:8480&quot;); it is the %1 (the subject) of the other error sentences about a back-office call</extracomment>
        <translation>der Server unter %1</translation>
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
        <translation>%1, %2 Versuche</translation>
    </message>
    <message>
        <source>%1 refused the request (%2): %3</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;409&quot;), %3 the server&apos;s own explanation (usually English)</extracomment>
        <translation>%1 hat die Anfrage abgelehnt (%2): %3</translation>
    </message>
    <message>
        <source>%1 refused access (%2); the credentials may be wrong.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;401&quot;)</extracomment>
        <translation>%1 hat den Zugriff verweigert (%2); möglicherweise sind die Zugangsdaten falsch.</translation>
    </message>
    <message>
        <source>%1 does not know the requested item (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;404&quot;)</extracomment>
        <translation>%1 kennt das angeforderte Element nicht (%2).</translation>
    </message>
    <message>
        <source>%1 is too busy (%2); try again shortly.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;429&quot;)</extracomment>
        <translation>%1 ist überlastet (%2); versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;503&quot;)</extracomment>
        <translation>%1 hatte ein internes Problem (%2).</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;400&quot;)</extracomment>
        <translation>%1 hat die Anfrage zurückgewiesen (%2).</translation>
    </message>
    <message>
        <source>The answer from the server could not be understood.</source>
        <translation>Die Antwort des Servers konnte nicht verstanden werden.</translation>
    </message>
    <message>
        <source>The answer from the server could not be understood (field %1).</source>
        <extracomment>%1 is the field of the answer that was wrong (&quot;lines[0].quantity&quot;)</extracomment>
        <translation>Die Antwort des Servers konnte nicht verstanden werden (Feld %1).</translation>
    </message>
    <message>
        <source>The answer from the server at %1 could not be understood.</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;)</extracomment>
        <translation>Die Antwort des Servers unter %1 konnte nicht verstanden werden.</translation>
    </message>
    <message>
        <source>The answer from the server at %1 could not be understood (field %2).</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;), %2 the field of the answer that was wrong (&quot;lines[0].quantity&quot;)</extracomment>
        <translation>Die Antwort des Servers unter %1 konnte nicht verstanden werden (Feld %2).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 (%3 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the time limit (&quot;10 s&quot;), %3 how many times the request was sent (always more than one)</extracomment>
        <translation>%1 hat nicht innerhalb von %2 geantwortet (%3 Versuche).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the time limit (&quot;10 s&quot;)</extracomment>
        <translation>%1 hat nicht innerhalb von %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is how many times the request was sent (always more than one)</extracomment>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2 Versuche).</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 could not be reached or cut the connection (%2 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is how many times the request was sent (always more than one)</extracomment>
        <translation>%1 war nicht erreichbar oder hat die Verbindung getrennt (%2 Versuche).</translation>
    </message>
    <message>
        <source>%1 could not be reached or cut the connection.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 war nicht erreichbar oder hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <source>%1 could not prove its identity, so the secure connection was refused.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 konnte seine Identität nicht nachweisen, daher wurde die sichere Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The request to the server was cancelled.</source>
        <translation>Die Anfrage an den Server wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request to the server at %1 was cancelled.</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;)</extracomment>
        <translation>Die Anfrage an den Server unter %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be used.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 konnte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>Caseline will speak %1 from its next start.</source>
        <translation>Sprache ab dem nächsten Start von Caseline: %1.</translation>
    </message>
</context>
<context>
    <name>MissedDeliveryWindowRule</name>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now</extracomment>
        <translation>%1 für %2 war für %3 zugesagt; das Zeitfenster ist verstrichen und das Zustellsystem meldet die Sendung als %4.</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4 (%5: %6).</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now, %5 the time of its last scan, %6 what the carrier wrote on it</extracomment>
        <translation>%1 für %2 war für %3 zugesagt; das Zeitfenster ist verstrichen und das Zustellsystem meldet die Sendung als %4 (%5: %6).</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4, while orders still shows %5 as %6.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now (&quot;failed&quot;), %5 the order again, %6 the order&apos;s status (&quot;dispatched&quot;)</extracomment>
        <translation>%1 für %2 war für %3 zugesagt; das Zeitfenster ist verstrichen und das Zustellsystem meldet die Sendung als %4, während die Auftragsverwaltung %5 noch als %6 führt.</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4 (%5: %6), while orders still shows %7 as %8.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now (&quot;failed&quot;), %5 the time of its last scan, %6 what the carrier wrote on it, %7 the order again, %8 the order&apos;s status (&quot;dispatched&quot;)</extracomment>
        <translation>%1 für %2 war für %3 zugesagt; das Zeitfenster ist verstrichen und das Zustellsystem meldet die Sendung als %4 (%5: %6), während die Auftragsverwaltung %7 noch als %8 führt.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>there is no undelivered outbox entry %1</source>
        <extracomment>%1 is the outbox entry&apos;s number</extracomment>
        <translation>Im Postausgang gibt es keinen nicht zugestellten Eintrag %1</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view cases</source>
        <translation>Fälle anzusehen</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>Fälle zu eröffnen</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>Fälle zu bearbeiten</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>Notizen hinzuzufügen</translation>
    </message>
    <message>
        <source>log contacts</source>
        <translation>Kontakte zu erfassen</translation>
    </message>
    <message>
        <source>escalate cases</source>
        <translation>Fälle zu eskalieren</translation>
    </message>
    <message>
        <source>answer escalations</source>
        <translation>Eskalationen zu beantworten</translation>
    </message>
    <message>
        <source>reschedule deliveries</source>
        <translation>Zustellungen umzuplanen</translation>
    </message>
    <message>
        <source>redirect deliveries</source>
        <translation>Zustellungen umzuleiten</translation>
    </message>
    <message>
        <source>issue return labels</source>
        <translation>Retourenlabels zu erstellen</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattungen vorzunehmen</translation>
    </message>
    <message>
        <source>cancel orders</source>
        <translation>Bestellungen zu stornieren</translation>
    </message>
    <message>
        <source>send replacements</source>
        <translation>Ersatzlieferungen zu senden</translation>
    </message>
    <message>
        <source>message customers</source>
        <translation>Kunden zu benachrichtigen</translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation>Erstattungen freizugeben</translation>
    </message>
    <message>
        <source>reassign cases in bulk</source>
        <translation>Fälle gesammelt neu zuzuweisen</translation>
    </message>
    <message>
        <source>change SLA policies</source>
        <translation>SLA-Richtlinien zu ändern</translation>
    </message>
    <message>
        <source>manage staff and roles</source>
        <translation>Mitarbeiter und Rollen zu verwalten</translation>
    </message>
    <message>
        <source>view the dashboard</source>
        <translation>das Dashboard anzusehen</translation>
    </message>
</context>
<context>
    <name>PickupPointText</name>
    <message>
        <source>Post office</source>
        <translation>Postfiliale</translation>
    </message>
    <message>
        <source>Parcel locker</source>
        <translation>Paketstation</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Opening hours unknown</source>
        <translation>Öffnungszeiten unbekannt</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Geöffnet %1</translation>
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
        <translation>%1 (zu %2)</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) no return with a label exists for %5 or its replacements.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the order</extracomment>
        <translation>Am %1 wurde dem Kunden in %2 ein Retourenlabel zugesagt; %3 später (Frist: %4) gibt es weder für %5 noch für ihre Ersatzbestellungen eine Retoure mit Label.</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) no return with a label exists for %5.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the order</extracomment>
        <translation>Am %1 wurde dem Kunden in %2 ein Retourenlabel zugesagt; %3 später (Frist: %4) gibt es für %5 keine Retoure mit Label.</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) the label of %5 exists but was never sent.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the returns</extracomment>
        <translation>Am %1 wurde dem Kunden in %2 ein Retourenlabel zugesagt; %3 später (Frist: %4) ist das Label von %5 zwar vorhanden, wurde aber nie versendet.</translation>
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
        <translation>Die Freigabeanfrage %1 für die Erstattung wurde bereits von %2 abgelehnt</translation>
    </message>
    <message>
        <source>refund approval request %1 was already approved by %2</source>
        <extracomment>%1 is the request&apos;s number, %2 the supervisor who approved it</extracomment>
        <translation>Die Freigabeanfrage %1 für die Erstattung wurde bereits von %2 freigegeben</translation>
    </message>
    <message>
        <source>only refunds wait for approval</source>
        <translation>Nur Erstattungen erfordern eine Freigabe</translation>
    </message>
    <message>
        <source>there is no refund approval request %1</source>
        <extracomment>%1 is the request&apos;s number</extracomment>
        <translation>Es gibt keine Freigabeanfrage %1 für eine Erstattung</translation>
    </message>
    <message>
        <source>an approval&apos;s note is at most 2000 characters</source>
        <translation>Die Notiz zu einer Freigabe darf höchstens 2000 Zeichen lang sein</translation>
    </message>
    <message>
        <source>rejecting a refund needs a note of 1 to 2000 characters</source>
        <translation>Zum Ablehnen einer Erstattung ist eine Notiz mit 1 bis 2000 Zeichen erforderlich</translation>
    </message>
    <message>
        <source>refund approval request %1 was decided meanwhile; reload it</source>
        <extracomment>%1 is the request&apos;s number</extracomment>
        <translation>Über die Freigabeanfrage %1 wurde inzwischen entschieden; laden Sie sie neu</translation>
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
        <translation>%1 (%2 für %3 durch %4)</translation>
    </message>
    <message>
        <source>Money was refunded for %1 of %2 by %3, but the goods are with the customer: %4; the return covers too few units.</source>
        <extracomment>%1 is a number of units (&quot;2 units&quot;), %2 an order line, %3 the refunds, %4 the shipments that brought the goods</extracomment>
        <translation>Für %1 von %2 wurde mit %3 Geld erstattet, aber die Ware ist beim Kunden: %4; die Retoure deckt zu wenige Stück ab.</translation>
    </message>
    <message>
        <source>Money was refunded for %1 of %2 by %3, but the goods are with the customer: %4; no return exists.</source>
        <extracomment>%1 is a number of units (&quot;2 units&quot;), %2 an order line, %3 the refunds, %4 the shipments that brought the goods</extracomment>
        <translation>Für %1 von %2 wurde mit %3 Geld erstattet, aber die Ware ist beim Kunden: %4; es gibt keine Retoure.</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>a staff member needs a name of 1 to 100 characters</source>
        <translation>Ein Mitarbeiter benötigt einen Namen mit 1 bis 100 Zeichen</translation>
    </message>
    <message>
        <source>a login is at most 100 characters</source>
        <translation>Ein Anmeldename darf höchstens 100 Zeichen lang sein</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;customer-service&quot;</extracomment>
        <translation>Unbekannte Abteilung „%1“</translation>
    </message>
    <message>
        <source>the login &apos;%1&apos; is %2&apos;s already</source>
        <extracomment>%1 is a login, %2 the name of the staff member who already has it</extracomment>
        <translation>Der Anmeldename „%1“ gehört bereits %2</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>the store address is empty</source>
        <translation>Die Adresse der Falldatenbank ist leer</translation>
    </message>
    <message>
        <source>sqlite:// needs a file path, e.g. sqlite:///var/lib/caseline/cases.sqlite</source>
        <translation>sqlite:// benötigt einen Dateipfad, z. B. sqlite:///var/lib/caseline/cases.sqlite</translation>
    </message>
    <message>
        <source>unknown store address scheme in &apos;%1&apos;: use postgresql://... or sqlite://... or a file path</source>
        <extracomment>%1 is the store address as given</extracomment>
        <translation>Unbekanntes Schema in der Adresse der Falldatenbank „%1“: Verwenden Sie postgresql://... oder sqlite://... oder einen Dateipfad</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs a host: postgresql://user@host:port/dbname</source>
        <translation>Die PostgreSQL-Adresse benötigt einen Host: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs one database name: postgresql://user@host:port/dbname</source>
        <translation>Die PostgreSQL-Adresse benötigt genau einen Datenbanknamen: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs a user: postgresql://user@host:port/dbname</source>
        <translation>Die PostgreSQL-Adresse benötigt einen Benutzer: postgresql://user@host:port/dbname</translation>
    </message>
</context>
<context>
    <name>TimelineBuilder</name>
    <message>
        <source>%1 placed as a replacement for %2</source>
        <extracomment>%1 is the new order; then %2 is the department that placed it, %3 the order it replaces</extracomment>
        <translation>%1 als Ersatz für %2 bestellt</translation>
    </message>
    <message>
        <source>%1 placed by %2 as a replacement for %3</source>
        <translation>%1 von %2 als Ersatz für %3 bestellt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>order status</comment>
        <extracomment>An order&apos;s new status: %1 is the order, %2 its status (&quot;dispatched&quot;); then %3 is the department that changed it</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 von %3 %2</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order</extracomment>
        <translation>Erstattung %1 über %2 für %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 by %4</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 who issued it</extracomment>
        <translation>Erstattung %1 über %2 für %3 durch %4</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 (%4)</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 its status (&quot;pending&quot;)</extracomment>
        <translation>Erstattung %1 über %2 für %3 (%4)</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 by %4 (%5)</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 who issued it, %5 its status (&quot;pending&quot;)</extracomment>
        <translation>Erstattung %1 über %2 für %3 durch %4 (%5)</translation>
    </message>
    <message>
        <source>Note on %1 by %2: %3</source>
        <extracomment>%1 is an order, %2 the note; then %2 is the department that wrote it, %3 the note</extracomment>
        <translation>Notiz zu %1 von %2: %3</translation>
    </message>
    <message>
        <source>Note on %1: %2</source>
        <translation>Notiz zu %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) promised for %3</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the delivery window</extracomment>
        <translation>%1 (%2) zugesagt für %3</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <extracomment>A carrier&apos;s scan: %1 is a shipment, %2 its order, %3 the status (&quot;in transit&quot;); then %4 is where it was scanned</extracomment>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>%1 (%2) %3, %4</source>
        <translation>%1 (%2) %3, %4</translation>
    </message>
    <message>
        <source>Return %1 for %2, %3; label %4 %5</source>
        <extracomment>%1 is a return, %2 its order, %3 its status (&quot;authorized&quot;), %4 the carrier of its label, %5 the label&apos;s tracking number</extracomment>
        <translation>Retoure %1 zu %2, %3; Label %4 %5</translation>
    </message>
    <message>
        <source>Return %1 for %2, %3; no label</source>
        <extracomment>%1 is a return, %2 its order, %3 its status (&quot;authorized&quot;)</extracomment>
        <translation>Retoure %1 zu %2, %3; kein Label</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Failed: %1. Can be retried.</source>
        <translation>Fehlgeschlagen: %1. Kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Failed: %1 — %2. Can be retried.</source>
        <translation>Fehlgeschlagen: %1 — %2. Kann wiederholt werden.</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Wartet auf Versand: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1 (%2)</source>
        <translation>Wartet auf Versand: %1 (%2)</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Nächster Versuch: %1.</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tries</source>
        <extracomment>How often sending an action was tried so far</extracomment>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::ActionDialog</name>
    <message>
        <source>Action details</source>
        <translation>Aktionsdetails</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Senden (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>caseline::AgingChart</name>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Age of open cases</source>
        <translation>Alter offener Fälle</translation>
    </message>
    <message>
        <source>Days since opened</source>
        <translation>Tage seit Eröffnung</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
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
        <translation>Retourenlabel erstellen</translation>
    </message>
    <message>
        <source>Message the customer</source>
        <translation>Kunden benachrichtigen</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Reschedule delivery</source>
        <translation>Zustellung umplanen</translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation>An %1 eskalieren</translation>
    </message>
</context>
<context>
    <name>caseline::AlertPanel</name>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 alert on %2</source>
        <translation>%1: Meldung zu %2</translation>
    </message>
</context>
<context>
    <name>caseline::ApprovalQueueModel</name>
    <message>
        <source>Refund of %1 on %2 requested by %3: %4</source>
        <translation>Erstattung von %1 für %2, angefordert von %3: %4</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
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
        <translation>Erstattungsfreigaben</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Why (required to reject; shown on the case&apos;s timeline)</source>
        <translation>Begründung (für Ablehnung erforderlich; erscheint im Verlauf des Falls)</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Notiz zur Entscheidung</translation>
    </message>
    <message>
        <source>Approve the selected refunds</source>
        <translation>Ausgewählte Erstattungen freigeben</translation>
    </message>
    <message>
        <source>Send the selected refunds to the payments system</source>
        <translation>Ausgewählte Erstattungen an das Zahlungssystem senden</translation>
    </message>
    <message>
        <source>Reject the selected refunds</source>
        <translation>Ausgewählte Erstattungen ablehnen</translation>
    </message>
    <message>
        <source>Refuse the selected refunds; the note says why</source>
        <translation>Ausgewählte Erstattungen ablehnen; die Notiz nennt den Grund</translation>
    </message>
    <message>
        <source>Select the refund requests to decide on first.</source>
        <translation>Wählen Sie zuerst die Erstattungsanfragen aus, über die Sie entscheiden möchten.</translation>
    </message>
    <message>
        <source>Write a note saying why the refund is rejected: the agent and the customer&apos;s timeline show it.</source>
        <translation>Begründen Sie in einer Notiz, warum die Erstattung abgelehnt wird: Der Mitarbeiter und der Verlauf des Kunden zeigen sie an.</translation>
    </message>
</context>
<context>
    <name>caseline::BacklogChart</name>
    <message>
        <source>Backlog over time</source>
        <translation>Rückstand im Zeitverlauf</translation>
    </message>
    <message>
        <source>Open at end of day</source>
        <translation>Offen bei Tagesende</translation>
    </message>
    <message>
        <source>Opened that day</source>
        <translation>Am Tag eröffnet</translation>
    </message>
    <message>
        <source>Resolved that day</source>
        <translation>Am Tag gelöst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>%1 open cases on %2, %3 on %4</source>
        <translation>%1 offene Fälle am %2, %3 am %4</translation>
    </message>
</context>
<context>
    <name>caseline::CancelDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>%1 stornieren</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · placed %3&lt;br&gt;%4&lt;br&gt;Total %5, paid %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · bestellt %3&lt;br&gt;%4&lt;br&gt;Gesamt %5, bezahlt %6</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Already left the warehouse: %1. The shop can no longer cancel; offer a redirect to a pickup point or a return instead.</source>
        <translation>Hat das Lager bereits verlassen: %1. Der Shop kann nicht mehr stornieren; bieten Sie stattdessen eine Umleitung an einen Abholpunkt oder eine Retoure an.</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>Kunde hat es sich anders überlegt</translation>
    </message>
    <message>
        <source>Ordered twice</source>
        <translation>Doppelt bestellt</translation>
    </message>
    <message>
        <source>Delivery date does not suit</source>
        <translation>Liefertermin passt nicht</translation>
    </message>
    <message>
        <source>Found it cheaper</source>
        <translation>Anderswo günstiger gefunden</translation>
    </message>
    <message>
        <source>Why the order is cancelled</source>
        <translation>Warum die Bestellung storniert wird</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>caseline::CaseActionDesk</name>
    <message>
        <source>deliver the outbox</source>
        <translation>Zustellen des Postausgangs</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>unerwarteter Fehler</translation>
    </message>
    <message>
        <source>add the note</source>
        <translation>Hinzufügen der Notiz</translation>
    </message>
    <message>
        <source>log the contact</source>
        <translation>Erfassen des Kontakts</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>try the action again</source>
        <translation>Erneutes Ausführen der Aktion</translation>
    </message>
    <message>
        <source>cannot check the action against the back-office: %1 could not be read: %2. Nothing was done.</source>
        <extracomment>%1 is the back-office system&apos;s code (&quot;payments&quot;), %2 why it could not be read</extracomment>
        <translation>Die Aktion kann nicht mit dem Backoffice abgeglichen werden: %1 konnte nicht gelesen werden: %2. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>cannot check the action against the back-office: the carrier&apos;s options could not be read: %1. Nothing was done.</source>
        <extracomment>%1 says why the carrier&apos;s options could not be read</extracomment>
        <translation>Die Aktion kann nicht mit dem Backoffice abgeglichen werden: Die Optionen des Versanddienstleisters konnten nicht gelesen werden: %1. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>%1 is not an order of %2</source>
        <extracomment>%1 is an order&apos;s id (&quot;ORD-1001&quot;), %2 the case&apos;s reference (&quot;CASE-12&quot;)</extracomment>
        <translation>%1 ist keine Bestellung des Falls %2</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>Eine Notiz benötigt Text</translation>
    </message>
    <message>
        <source>a contact is inbound or outbound</source>
        <translation>Ein Kontakt ist eingehend oder ausgehend</translation>
    </message>
    <message>
        <source>a contact&apos;s channel is one of %1</source>
        <extracomment>%1 lists the channels&apos; codes (&quot;phone, email, chat, store, social or complaint-form&quot;)</extracomment>
        <translation>Der Kanal eines Kontakts muss einer der folgenden sein: %1</translation>
    </message>
    <message>
        <source>a contact needs a summary</source>
        <translation>Ein Kontakt benötigt eine Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>caseline::CaseActionFlow</name>
    <message>
        <source>Stored; sending: %1</source>
        <translation>Gespeichert; wird gesendet: %1</translation>
    </message>
    <message>
        <source>Held for a supervisor&apos;s approval (request %1).</source>
        <translation>Wartet auf Freigabe durch einen Supervisor (Anfrage %1).</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The returns system made the label; fetching it…</source>
        <translation>Das Retourensystem hat das Label erstellt; es wird abgerufen…</translation>
    </message>
    <message>
        <source>Done. It is on the case&apos;s timeline.</source>
        <translation>Erledigt. Der Vorgang steht im Verlauf des Falls.</translation>
    </message>
    <message>
        <source>The back-office did not answer (%1); trying again at %2. The action is kept and will not be lost.</source>
        <translation>Das Backoffice hat nicht geantwortet (%1); neuer Versuch um %2. Die Aktion bleibt gespeichert und geht nicht verloren.</translation>
    </message>
    <message>
        <source>The back-office refused it: %1</source>
        <translation>Das Backoffice hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Saved on the case.</source>
        <translation>Im Fall gespeichert.</translation>
    </message>
    <message>
        <source>Label %1 is ready and on the timeline.</source>
        <translation>Label %1 ist bereit und steht im Verlauf.</translation>
    </message>
    <message>
        <source>Checking with the back-office…</source>
        <translation>Abfrage beim Backoffice…</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Öffnen Sie zuerst einen Fall.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>This case has no order; link one to act on it.</source>
        <translation>Dieser Fall hat keine Bestellung; verknüpfen Sie eine, um Aktionen auszuführen.</translation>
    </message>
    <message>
        <source>The order is not known yet: wait for the timeline, or refresh (F5).</source>
        <translation>Die Bestellung ist noch nicht bekannt: Warten Sie auf den Verlauf oder aktualisieren Sie (F5).</translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation>Unbekannte Aktion %1.</translation>
    </message>
    <message>
        <source>Sending label %1 to the customer…</source>
        <translation>Label %1 wird an den Kunden gesendet…</translation>
    </message>
    <message>
        <source>%1 has no parcel on its way to move.</source>
        <translation>%1 hat kein Paket unterwegs, das umgeleitet werden kann.</translation>
    </message>
    <message>
        <source>Handing over to %1…</source>
        <translation>Wird an %1 übergeben…</translation>
    </message>
</context>
<context>
    <name>caseline::CaseFieldsEditor</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>(department queue)</source>
        <translation>(Abteilung)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Fallstatus</translation>
    </message>
    <message>
        <source>Case priority</source>
        <translation>Fallpriorität</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Save case changes</source>
        <translation>Änderungen am Fall speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save status, priority and assignee (%1)</source>
        <translation>Status, Priorität und Bearbeiter speichern (%1)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>&amp;Zugewiesen an:</translation>
    </message>
</context>
<context>
    <name>caseline::CaseHeader</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Linked orders</source>
        <translation>Verknüpfte Bestellungen</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Kein Fall geöffnet</translation>
    </message>
    <message>
        <source>Pick a case from the queue, or search (Ctrl+K) for a customer.</source>
        <translation>Wählen Sie einen Fall aus der Warteschlange oder suchen Sie einen Kunden (Ctrl+K).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 desk</source>
        <translation>Abteilung %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig: %1</translation>
    </message>
    <message>
        <source>Customer %1 · speaks %2 · came by %3</source>
        <translation>Kunde %1 · spricht %2 · Kanal: %3</translation>
    </message>
    <message>
        <source>No order linked</source>
        <translation>Keine Bestellung verknüpft</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>spricht %1</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>bevorzugt %1</translation>
    </message>
</context>
<context>
    <name>caseline::CaseListPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>Write this list to a CSV file (%1)</source>
        <translation>Diese Liste in eine CSV-Datei schreiben (%1)</translation>
    </message>
    <message>
        <source>Reassign selected…</source>
        <translation>Auswahl neu zuweisen…</translation>
    </message>
    <message>
        <source>Reassign the selected cases</source>
        <translation>Ausgewählte Fälle neu zuweisen</translation>
    </message>
    <message>
        <source>Give the selected cases to someone else (%1)</source>
        <translation>Ausgewählte Fälle jemand anderem zuweisen (%1)</translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation>Neu zuweisen an</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>%n Zeile aus %1 nach %2 exportiert</numerusform>
            <numerusform>%n Zeilen aus %1 nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cases to reassign first.</source>
        <translation>Wählen Sie zuerst die Fälle aus, die neu zugewiesen werden sollen.</translation>
    </message>
    <message>
        <source>There is no one to reassign the cases to: the staff list is empty.</source>
        <translation>Niemand verfügbar, dem die Fälle zugewiesen werden können: Die Mitarbeiterliste ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1, %2 ausgewählt</translation>
    </message>
</context>
<context>
    <name>caseline::CasePane</name>
    <message>
        <source>&amp;Retry action</source>
        <translation>Aktion &amp;wiederholen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Return &amp;label</source>
        <translation>&amp;Retourenlabel</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Re&amp;schedule</source>
        <translation>&amp;Umplanen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>Ers&amp;tatten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Re&amp;placement</source>
        <translation>Ersat&amp;z</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Fallverlauf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Show %1 events</source>
        <translation>Ereignisse aus %1 anzeigen</translation>
    </message>
    <message>
        <source>Filter the timeline…</source>
        <translation>Verlauf filtern…</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <source>Send a failed or waiting action now, with the same key (it is applied once)</source>
        <translation>Eine fehlgeschlagene oder wartende Aktion jetzt mit demselben Schlüssel senden (sie wird nur einmal ausgeführt)</translation>
    </message>
    <message>
        <source>Retry the selected action</source>
        <translation>Ausgewählte Aktion wiederholen</translation>
    </message>
</context>
<context>
    <name>caseline::CaseWorkspace</name>
    <message>
        <source>an unexpected error</source>
        <translation>unerwarteter Fehler</translation>
    </message>
    <message>
        <source>open the case store</source>
        <translation>Öffnen der Falldatenbank</translation>
    </message>
    <message>
        <source>Order management could not be searched: %1</source>
        <translation>Die Auftragsverwaltung konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Some orders could not be read: %1</source>
        <translation>Einige Bestellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The case store could not be searched: %1</source>
        <translation>Die Falldatenbank konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>open CASE-%1</source>
        <translation>Öffnen von CASE-%1</translation>
    </message>
    <message>
        <source>open a new case</source>
        <translation>Eröffnen eines neuen Falls</translation>
    </message>
    <message>
        <source>load the departments</source>
        <translation>Laden der Abteilungen</translation>
    </message>
    <message>
        <source>read customer %1</source>
        <translation>Lesen von Kunde %1</translation>
    </message>
</context>
<context>
    <name>caseline::ConflictBar</name>
    <message>
        <source>&amp;Apply my change again</source>
        <translation>Meine Änderung &amp;erneut anwenden</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Andere Änderung behalten</translation>
    </message>
    <message>
        <source>Conflicting change</source>
        <translation>Widersprüchliche Änderung</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 while you were editing: %4. Your change was not saved: %5.</source>
        <translation>%1 hat %2 am %3 geändert, während Sie bearbeitet haben: %4. Ihre Änderung wurde nicht gespeichert: %5.</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>back to the department queue</source>
        <translation>zurück in die Abteilungs-Warteschlange</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>no field</source>
        <translation>kein Feld</translation>
    </message>
</context>
<context>
    <name>caseline::ConsoleController</name>
    <message>
        <source>Could not load the queue: %1</source>
        <translation>Die Warteschlange konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>%1 opened.</source>
        <translation>%1 eröffnet.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>An action on CASE-%1 failed: %2</source>
        <translation>Eine Aktion zu CASE-%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Opening the case store…</source>
        <translation>Falldatenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>CASE-%1 was not saved: %2</source>
        <translation>CASE-%1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>caseline::ConsoleLauncher</name>
    <message>
        <source>Starting the demo back-office…</source>
        <translation>Demo-Backoffice wird gestartet…</translation>
    </message>
    <message>
        <source>No temporary folder for the demo&apos;s case store: %1</source>
        <translation>Kein temporärer Ordner für die Falldatenbank der Demo: %1</translation>
    </message>
    <message>
        <source>The demo back-office did not start: %1</source>
        <translation>Das Demo-Backoffice ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The console needs a back-office and a case store.</source>
        <translation>Die Konsole benötigt ein Backoffice und eine Falldatenbank.</translation>
    </message>
    <message>
        <source>The case store could not be opened: %1</source>
        <translation>Die Falldatenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · angemeldet als %2</translation>
    </message>
    <message>
        <source>The demo cases could not be made: %1</source>
        <translation>Die Demo-Fälle konnten nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>caseline::ContactDialog</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>In der Filiale</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Complaint form</source>
        <translation>Beschwerdeformular</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>Kontakt mit dem Kunden</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>The customer contacted us</source>
        <translation>Kunde hat uns kontaktiert</translation>
    </message>
    <message>
        <source>We contacted the customer</source>
        <translation>Wir haben den Kunden kontaktiert</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What the customer said and what you agreed</source>
        <translation>Was der Kunde gesagt hat und was Sie vereinbart haben</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Sum up the contact first.</source>
        <translation>Fassen Sie zuerst den Kontakt zusammen.</translation>
    </message>
    <message>
        <source>The channel must be %1.</source>
        <translation>Der Kanal muss %1 sein.</translation>
    </message>
</context>
<context>
    <name>caseline::CustomerSearchModel</name>
    <message>
        <source>Placed</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
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
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <source>Watchdog alerts</source>
        <translation>Watchdog-Meldungen</translation>
    </message>
    <message>
        <source>Refunds awaiting approval</source>
        <translation>Erstattungen zur Freigabe</translation>
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
        <translation>Das Demo-Backoffice (%1) wurde in %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>The demo back-office printed something unexpected instead of its address.</source>
        <translation>Das Demo-Backoffice hat statt seiner Adresse etwas Unerwartetes ausgegeben.</translation>
    </message>
    <message>
        <source>The demo back-office announced &quot;%1&quot; instead of its address.</source>
        <translation>Das Demo-Backoffice hat statt seiner Adresse „%1“ gemeldet.</translation>
    </message>
    <message>
        <source>The demo back-office could not be started: %1</source>
        <translation>Das Demo-Backoffice konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>it ended with exit code %1</source>
        <translation>mit Exit-Code %1 beendet</translation>
    </message>
    <message>
        <source>The demo back-office stopped before announcing its address (%1).%2</source>
        <translation>Das Demo-Backoffice wurde beendet, bevor es seine Adresse gemeldet hat (%1).%2</translation>
    </message>
    <message>
        <source>The demo back-office stopped (%1).%2</source>
        <translation>Das Demo-Backoffice wurde beendet (%1).%2</translation>
    </message>
    <message>
        <source>The demo back-office did not announce its address within %1 s.%2</source>
        <translation>Das Demo-Backoffice hat seine Adresse nicht innerhalb von %1 s gemeldet.%2</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
</context>
<context>
    <name>caseline::EscalateDialog</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Escalate the case</source>
        <translation>Fall eskalieren</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message numerus="yes">
        <source>%1 (answers within %n h)</source>
        <translation>
            <numerusform>%1 (antwortet innerhalb von %n Std.)</numerusform>
            <numerusform>%1 (antwortet innerhalb von %n Std.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What the department should do, and why</source>
        <translation>Was die Abteilung tun soll und warum</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>D&amp;ue (UTC):</source>
        <translation>&amp;Fällig (UTC):</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Wählen Sie die Abteilung.</translation>
    </message>
    <message>
        <source>Say why the case goes to %1.</source>
        <translation>Geben Sie an, warum der Fall an %1 geht.</translation>
    </message>
    <message>
        <source>The due time must be in the future.</source>
        <translation>Der Fälligkeitszeitpunkt muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The priority must be %1.</source>
        <translation>Die Priorität muss %1 sein.</translation>
    </message>
</context>
<context>
    <name>caseline::FirstRunDialog</name>
    <message>
        <source>One &amp;back-office server for every system</source>
        <translation>Ein &amp;Backoffice-Server für alle Systeme</translation>
    </message>
    <message>
        <source>A configuration &amp;file</source>
        <translation>Eine &amp;Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Set up Caseline</source>
        <translation>Caseline einrichten</translation>
    </message>
    <message>
        <source>Tell Caseline where the back-office systems answer and where the cases are kept. You can change this later.</source>
        <translation>Geben Sie an, wo die Backoffice-Systeme antworten und wo die Fälle gespeichert werden. Sie können dies später ändern.</translation>
    </message>
    <message>
        <source>One back-office server for every system</source>
        <translation>Ein Backoffice-Server für alle Systeme</translation>
    </message>
    <message>
        <source>Back-office server address</source>
        <translation>Adresse des Backoffice-Servers</translation>
    </message>
    <message>
        <source>A configuration file</source>
        <translation>Eine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Back-office configuration file</source>
        <translation>Backoffice-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>caseline.json: per-system addresses and tokens</source>
        <translation>caseline.json: Adressen und Tokens je System</translation>
    </message>
    <message>
        <source>Browse for the configuration file</source>
        <translation>Konfigurationsdatei auswählen</translation>
    </message>
    <message>
        <source>Case store</source>
        <translation>Falldatenbank</translation>
    </message>
    <message>
        <source>an SQLite file, or postgresql://user@host/database</source>
        <translation>eine SQLite-Datei oder postgresql://user@host/database</translation>
    </message>
    <message>
        <source>Browse for the SQLite case store file</source>
        <translation>SQLite-Datei der Falldatenbank auswählen</translation>
    </message>
    <message>
        <source>Why the settings cannot be used</source>
        <translation>Warum die Einstellungen nicht verwendet werden können</translation>
    </message>
    <message>
        <source>Back-office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Case s&amp;tore:</source>
        <translation>&amp;Falldatenbank:</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Configuration (*.json)</source>
        <translation>Konfiguration (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>SQLite case store</source>
        <translation>SQLite-Falldatenbank</translation>
    </message>
    <message>
        <source>SQLite (*.sqlite *.db)</source>
        <translation>SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Enter the address of the back-office server, e.g. http://127.0.0.1:8480.</source>
        <translation>Geben Sie die Adresse des Backoffice-Servers ein, z. B. http://127.0.0.1:8480.</translation>
    </message>
    <message>
        <source>The back-office address cannot be used: %1</source>
        <translation>Die Backoffice-Adresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Choose the back-office configuration file.</source>
        <translation>Wählen Sie die Backoffice-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>The configuration file cannot be used: %1</source>
        <translation>Die Konfigurationsdatei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Choose where the cases are kept: an SQLite file, or a postgresql:// address shared by the team.</source>
        <translation>Wählen Sie, wo die Fälle gespeichert werden: eine SQLite-Datei oder eine vom Team gemeinsam genutzte postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>The case store cannot be used: %1</source>
        <translation>Die Falldatenbank kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>caseline::LabelPreview</name>
    <message>
        <source>Label preview</source>
        <translation>Labelvorschau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Label status</source>
        <translation>Labelstatus</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation>Label drucken</translation>
    </message>
    <message>
        <source>Print the label (%1)</source>
        <translation>Label drucken (%1)</translation>
    </message>
    <message>
        <source>the label is not a readable PDF</source>
        <translation>das Label ist kein lesbares PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation>Kein Label: %1</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Search customers and cases</source>
        <translation>&amp;Kunden und Fälle suchen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Meine Fälle</translation>
    </message>
    <message>
        <source>My &amp;department</source>
        <translation>Meine &amp;Abteilung</translation>
    </message>
    <message>
        <source>&amp;All open</source>
        <translation>Alle &amp;offenen</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>&amp;Handlungsbedarf</translation>
    </message>
    <message>
        <source>Supervisor &amp;dashboard</source>
        <translation>&amp;Supervisor-Dashboard</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Queues, SLA, the watchdog&apos;s conflicts, workload and approvals</source>
        <translation>Warteschlangen, SLA, Konflikte des Watchdogs, Auslastung und Freigaben</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Neuer &amp;Fall…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemsprache verwenden</translation>
    </message>
</context>
<context>
    <name>caseline::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>caseline::MessageDialog</name>
    <message>
        <source>Message to the customer</source>
        <translation>Nachricht an den Kunden</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Eingangsbestätigung</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Retourenlabel</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Umplanung</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatzlieferung</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
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
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
</context>
<context>
    <name>caseline::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>e.g. CUS-1001 (search with Ctrl+K)</source>
        <translation>z. B. CUS-1001 (Suche mit Ctrl+K)</translation>
    </message>
    <message>
        <source>What the customer needs, in a line</source>
        <translation>Was der Kunde braucht, in einer Zeile</translation>
    </message>
    <message>
        <source>Order numbers, comma separated — may stay empty</source>
        <translation>Bestellnummern, durch Kommas getrennt — kann leer bleiben</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>Bes&amp;tellungen:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>How the customer came</source>
        <translation>Wie der Kunde Kontakt aufgenommen hat</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>Bestellnummern</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall eröffnen</translation>
    </message>
    <message>
        <source>Who is the customer? Search for them with Ctrl+K or type their number.</source>
        <translation>Wer ist der Kunde? Suchen Sie ihn mit Ctrl+K oder geben Sie seine Kundennummer ein.</translation>
    </message>
    <message>
        <source>Say in a line what the customer needs.</source>
        <translation>Beschreiben Sie in einer Zeile, was der Kunde braucht.</translation>
    </message>
    <message>
        <source>Why the case cannot be opened</source>
        <translation>Warum der Fall nicht eröffnet werden kann</translation>
    </message>
</context>
<context>
    <name>caseline::NoteDialog</name>
    <message>
        <source>Note on the case</source>
        <translation>Notiz zum Fall</translation>
    </message>
    <message>
        <source>&amp;Note (seen by colleagues, not by the customer):</source>
        <translation>&amp;Notiz (für Kollegen sichtbar, nicht für den Kunden):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what is next</source>
        <translation>Was passiert ist, was vereinbart wurde, wie es weitergeht</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
</context>
<context>
    <name>caseline::OrderLineTable</name>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Menge von %1</translation>
    </message>
</context>
<context>
    <name>caseline::QueueCountsModel</name>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Fälle nach Status</translation>
    </message>
    <message>
        <source>The same cases by priority</source>
        <translation>Dieselben Fälle nach Priorität</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open case(s)</source>
        <translation>
            <numerusform>%1: %n offener Fall</numerusform>
            <numerusform>%1: %n offene Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n case(s)</source>
        <translation>
            <numerusform>%1, %2: %n Fall</numerusform>
            <numerusform>%1, %2: %n Fälle</numerusform>
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
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>Meine Abteilung</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Cases in this queue</source>
        <translation>Fälle in dieser Warteschlange</translation>
    </message>
    <message>
        <source>Open a case for a call or a store visit, with or without an order number (%1)</source>
        <translation>Einen Fall für einen Anruf oder Filialbesuch eröffnen, mit oder ohne Bestellnummer (%1)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 von %Ln Fall</numerusform>
            <numerusform>%1 von %Ln Fällen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::ReasonBox</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>caseline::RefundDialog</name>
    <message>
        <source>Refund on %1</source>
        <translation>Erstattung für %1</translation>
    </message>
    <message>
        <source>Paid %1, refunded %2, &lt;b&gt;left %3&lt;/b&gt;</source>
        <translation>Bezahlt %1, erstattet %2, &lt;b&gt;verbleibend %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Payments so far</source>
        <translation>Bisherige Zahlungen</translation>
    </message>
    <message>
        <source>&amp;Full refund of what is left</source>
        <translation>&amp;Vollständige Erstattung des Restbetrags</translation>
    </message>
    <message>
        <source>Refund an amount</source>
        <translation>Betrag erstatten</translation>
    </message>
    <message>
        <source>Selected &amp;lines</source>
        <translation>Ausgewählte &amp;Positionen</translation>
    </message>
    <message>
        <source>Refund selected lines</source>
        <translation>Ausgewählte Positionen erstatten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Lower it for a partial refund</source>
        <translation>Für eine Teilerstattung verringern</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <source>Item not delivered</source>
        <translation>Artikel nicht geliefert</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Returned item received</source>
        <translation>Retoure eingegangen</translation>
    </message>
    <message>
        <source>Order cancelled but delivered</source>
        <translation>Bestellung storniert, aber geliefert</translation>
    </message>
    <message>
        <source>Delivery window missed</source>
        <translation>Lieferfenster verpasst</translation>
    </message>
    <message>
        <source>Why the customer gets money back</source>
        <translation>Warum der Kunde Geld zurückerhält</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Tick the lines to refund.</source>
        <translation>Markieren Sie die zu erstattenden Positionen.</translation>
    </message>
</context>
<context>
    <name>caseline::ReplacementDialog</name>
    <message>
        <source>Replacement for %1</source>
        <translation>Ersatz für %1</translation>
    </message>
    <message>
        <source>Tick the lines to send again:</source>
        <translation>Markieren Sie die erneut zu sendenden Positionen:</translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation>Falscher Artikel geliefert</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>Beim Transport verloren</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Teile fehlen</translation>
    </message>
    <message>
        <source>Why it is sent again</source>
        <translation>Warum erneut gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Tick at least one line to send again.</source>
        <translation>Markieren Sie mindestens eine Position, die erneut gesendet werden soll.</translation>
    </message>
</context>
<context>
    <name>caseline::RescheduleDialog</name>
    <message>
        <source>Reschedule delivery %1</source>
        <translation>Zustellung %1 umplanen</translation>
    </message>
    <message>
        <source>No promised window</source>
        <translation>Kein zugesagtes Zeitfenster</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>Zugesagt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 · %3, tracking %4 · %5&lt;br&gt;%6&lt;br&gt;To %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zu %2 · %3, Sendungsnummer %4 · %5&lt;br&gt;%6&lt;br&gt;An %7</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>&amp;Delivery slot</source>
        <translation>&amp;Zeitfenster</translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation>&amp;Abholpunkt</translation>
    </message>
    <message>
        <source>e.g. leave with the concierge</source>
        <translation>z. B. beim Concierge abgeben</translation>
    </message>
    <message>
        <source>Note for the carrier</source>
        <translation>Hinweis für den Versanddienstleister</translation>
    </message>
    <message>
        <source>&amp;Note for the carrier:</source>
        <translation>&amp;Hinweis für den Versanddienstleister:</translation>
    </message>
    <message>
        <source>Asking the carrier for slots…</source>
        <translation>Zeitfenster werden beim Versanddienstleister angefragt…</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>Liefertag</translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation>Zeitfenster des Tages</translation>
    </message>
    <message>
        <source>Redirect the parcel to:</source>
        <translation>Paket umleiten an:</translation>
    </message>
    <message>
        <source>Pickup points</source>
        <translation>Abholpunkte</translation>
    </message>
    <message>
        <source>The carrier offers no pickup point for this parcel.</source>
        <translation>Der Versanddienstleister bietet für dieses Paket keinen Abholpunkt an.</translation>
    </message>
    <message>
        <source>The carrier offers no other slot and no pickup point for %1.</source>
        <translation>Der Versanddienstleister bietet für %1 kein anderes Zeitfenster und keinen Abholpunkt an.</translation>
    </message>
    <message>
        <source>The carrier&apos;s options could not be read: %1</source>
        <translation>Die Optionen des Versanddienstleisters konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1–%2 UTC · %3</source>
        <translation>%1–%2 UTC · %3</translation>
    </message>
    <message>
        <source> (already begun)</source>
        <translation> (bereits begonnen)</translation>
    </message>
    <message>
        <source>No slot on %1.</source>
        <translation>Kein Zeitfenster am %1.</translation>
    </message>
    <message>
        <source>&amp;Slots on %1:</source>
        <translation>Zeit&amp;fenster am %1:</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Bürozeiten</translation>
    </message>
    <message>
        <source>Choose a day and one of its slots.</source>
        <translation>Wählen Sie einen Tag und eines seiner Zeitfenster.</translation>
    </message>
    <message>
        <source>Choose a pickup point.</source>
        <translation>Wählen Sie einen Abholpunkt.</translation>
    </message>
</context>
<context>
    <name>caseline::ReturnLabelDialog</name>
    <message>
        <source>Return label for %1</source>
        <translation>Retourenlabel für %1</translation>
    </message>
    <message>
        <source>Tick the delivered lines the customer sends back:</source>
        <translation>Markieren Sie die gelieferten Positionen, die der Kunde zurücksendet:</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Falsche Größe</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Entspricht nicht der Beschreibung</translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation>Falscher Artikel geliefert</translation>
    </message>
    <message>
        <source>Order cancelled but delivered</source>
        <translation>Bestellung storniert, aber geliefert</translation>
    </message>
    <message>
        <source>Why the customer returns it</source>
        <translation>Warum der Kunde zurücksendet</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Send to &amp;customer</source>
        <translation>An &amp;Kunden senden</translation>
    </message>
    <message>
        <source>Send the label to the customer</source>
        <translation>Label an den Kunden senden</translation>
    </message>
    <message>
        <source>Return %1 is authorized; its label is below.</source>
        <translation>Retoure %1 ist genehmigt; das Label sehen Sie unten.</translation>
    </message>
    <message>
        <source>Return %1 is authorized, but its label is no readable PDF.</source>
        <translation>Retoure %1 ist genehmigt, aber das Label ist kein lesbares PDF.</translation>
    </message>
    <message>
        <source>The return was requested, but its label could not be fetched: %1</source>
        <translation>Die Retoure wurde angefordert, aber das Label konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Tick at least one line to return.</source>
        <translation>Markieren Sie mindestens eine Position für die Retoure.</translation>
    </message>
</context>
<context>
    <name>caseline::SearchPanel</name>
    <message>
        <source>Search order, e-mail, phone, tracking or name (Ctrl+K)</source>
        <translation>Bestellung, E-Mail, Telefon, Sendung oder Name suchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search customers and cases</source>
        <translation>Kunden und Fälle suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Keine Treffer für „%1“.</translation>
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
        <translation>Verbleibende Minuten</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusBar</name>
    <message>
        <source>Refreshing</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask every back-office system again (%1)</source>
        <translation>Alle Backoffice-Systeme erneut abfragen (%1)</translation>
    </message>
    <message>
        <source>Refresh the timeline</source>
        <translation>Verlauf aktualisieren</translation>
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
        <translation>%1 wurde noch nicht abgefragt</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <source>%1 answered with fresh data</source>
        <translation>%1 hat aktuelle Daten geliefert</translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation>%1: veraltet seit %2</translation>
    </message>
    <message>
        <source>%1 is shown from the cache of %2</source>
        <translation>%1 wird aus dem Cache vom %2 angezeigt</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: Fehler</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusModel</name>
    <message>
        <source>%1: not fetched yet</source>
        <translation>%1: noch nicht abgerufen</translation>
    </message>
    <message>
        <source>%1: up to date (fetched %2)</source>
        <translation>%1: aktuell (Stand: %2)</translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation>%1: aktuell</translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation>%1: veraltet (Stand: %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: Fehler</translation>
    </message>
    <message>
        <source>%1: error — %2</source>
        <translation>%1: Fehler — %2</translation>
    </message>
    <message>
        <source>%1 (refreshing…)</source>
        <translation>%1 (wird aktualisiert…)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>caseline::StoreChangeWatcher</name>
    <message>
        <source>Changes by other consoles cannot be followed: %1</source>
        <translation>Änderungen anderer Konsolen können nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <source>Changes by other consoles could not be read: %1</source>
        <translation>Änderungen anderer Konsolen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorConsole</name>
    <message>
        <source>Caseline — supervisor dashboard</source>
        <translation>Caseline — Supervisor-Dashboard</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Das Dashboard konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) reassigned.</source>
        <translation>
            <numerusform>%n Fall neu zugewiesen.</numerusform>
            <numerusform>%n Fälle neu zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund request %1 approved: it is being sent.</source>
        <translation>Erstattungsanfrage %1 freigegeben: Sie wird gesendet.</translation>
    </message>
    <message>
        <source>Refund request %1 rejected.</source>
        <translation>Erstattungsanfrage %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorDashboard</name>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Warten auf die ersten Zahlen…</translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation>Supervisor-Dashboard</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dashboard lists</source>
        <translation>Dashboard-Listen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Reassign selected…</source>
        <translation>Auswahl neu zuweisen…</translation>
    </message>
    <message>
        <source>Cases are reassigned from the SLA and watchdog lists.</source>
        <translation>Fälle werden aus den SLA- und Watchdog-Listen neu zugewiesen.</translation>
    </message>
    <message>
        <source>Counts by department</source>
        <translation>Fallzahlen nach Abteilung</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Fallzahlen</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Watchdog</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <source>SLA breached (%1)</source>
        <translation>SLA verletzt (%1)</translation>
    </message>
    <message>
        <source>SLA at risk (%1)</source>
        <translation>SLA gefährdet (%1)</translation>
    </message>
    <message>
        <source>Watchdog (%1)</source>
        <translation>Watchdog (%1)</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorDesk</name>
    <message>
        <source>an unexpected error</source>
        <translation>unerwarteter Fehler</translation>
    </message>
    <message>
        <source>load the refunds awaiting approval</source>
        <translation>Laden der Erstattungen zur Freigabe</translation>
    </message>
    <message>
        <source>approve the refund</source>
        <translation>Freigeben der Erstattung</translation>
    </message>
    <message>
        <source>reject the refund</source>
        <translation>Ablehnen der Erstattung</translation>
    </message>
    <message>
        <source>reassign the cases</source>
        <translation>Neuzuweisen der Fälle</translation>
    </message>
    <message>
        <source>load the staff</source>
        <translation>Laden der Mitarbeiterliste</translation>
    </message>
</context>
<context>
    <name>caseline::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
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
        <translation>Fall</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
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
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
</context>
</TS>
