<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>no role has it</source>
        <translation>ningún rol lo tiene</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>role</comment>
        <translation>agente</translation>
    </message>
    <message>
        <source>store staff</source>
        <comment>role</comment>
        <translation>personal de tienda</translation>
    </message>
    <message>
        <source>supervisor</source>
        <comment>role</comment>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>finance</source>
        <comment>role</comment>
        <translation>finanzas</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the %4 permission (%5)</source>
        <extracomment>%1 is a user, %2 their role (&quot;agent&quot;), %3 what they tried (&quot;issue return labels&quot;), %4 the permission&apos;s code (&quot;issue-return-label&quot;), %5 the roles&apos; codes that have it (&quot;agent, supervisor&quot;) or &quot;no role has it&quot;</extracomment>
        <translation>%1 (%2) no puede %3: se necesita el permiso %4 (%5)</translation>
    </message>
    <message>
        <source>%1 works in %2; only %3 or supervisors answer its escalations</source>
        <extracomment>%1 is a user, %2 their department, %3 the department the escalation went to</extracomment>
        <translation>%1 trabaja en %2; solo %3 o los supervisores pueden responder a los escalados dirigidos a ese departamento</translation>
    </message>
    <message>
        <source>the refund approval threshold is an amount of 0 or more minor units</source>
        <translation>el umbral de aprobación de reembolsos debe ser un importe de 0 o más céntimos</translation>
    </message>
</context>
<context>
    <name>ActionValidator</name>
    <message>
        <source>%1 is %2; only an order not yet dispatched can be cancelled</source>
        <extracomment>%1 is an order, %2 its status (&quot;dispatched&quot;)</extracomment>
        <translation>%1 está %2; solo se puede cancelar un pedido que aún no se haya enviado</translation>
    </message>
    <message>
        <source>order management does not know %1</source>
        <extracomment>%1 is an order number</extracomment>
        <translation>%1 no existe en la gestión de pedidos</translation>
    </message>
    <message>
        <source>%1 has no line %2</source>
        <extracomment>%1 is an order, %2 a line number</extracomment>
        <translation>%1 no tiene la línea %2</translation>
    </message>
    <message>
        <source>line %1 of %2 has %3, not %4</source>
        <extracomment>%1 is a line number, %2 its order, %3 the quantity ordered, %4 the quantity asked</extracomment>
        <translation>la línea %1 de %2 tiene %3 unidades, no %4</translation>
    </message>
    <message>
        <source>%1 was paid in %2, not %3</source>
        <extracomment>%1 is an order, %2 the currency it was paid in, %3 the currency of the refund</extracomment>
        <translation>%1 se pagó en %2, no en %3</translation>
    </message>
    <message>
        <source>a refund of %1 is more than is left of %2: paid %3, refunded %4, left %5 (minor units of %6)</source>
        <extracomment>Amounts in minor units (cents): %1 the refund asked, %2 the order, %3 what was paid, %4 what was refunded, %5 what is left, %6 the currency</extracomment>
        <translation>un reembolso de %1 supera lo que queda de %2: pagado %3, reembolsado %4, pendiente %5 (en céntimos de %6)</translation>
    </message>
    <message>
        <source>line %1 of %2: %3 delivered, %4 already being returned; a label for %5 is not possible</source>
        <extracomment>%1 is a line number, %2 its order, %3 the units delivered, %4 the units already being returned, %5 the units asked for</extracomment>
        <translation>línea %1 de %2: %3 unidades entregadas, %4 ya en devolución; no se puede emitir una etiqueta para %5</translation>
    </message>
    <message>
        <source>delivery does not know shipment %1</source>
        <extracomment>%1 is a shipment number</extracomment>
        <translation>el envío %1 no existe en el sistema de entregas</translation>
    </message>
    <message>
        <source>%1 is %2; it can no longer be rescheduled</source>
        <extracomment>%1 is a shipment, %2 its status (&quot;delivered&quot;)</extracomment>
        <translation>%1 está %2; ya no se puede reprogramar</translation>
    </message>
    <message>
        <source>the carrier does not offer slot %1 for %2</source>
        <extracomment>%1 is a delivery slot, %2 a shipment</extracomment>
        <translation>el transportista no ofrece la franja %1 para %2</translation>
    </message>
    <message>
        <source>slot %1 (%2) has already begun</source>
        <extracomment>%1 is a delivery slot, %2 when it begins</extracomment>
        <translation>la franja %1 (%2) ya ha empezado</translation>
    </message>
    <message>
        <source>the carrier does not offer pickup point %1 for %2</source>
        <extracomment>%1 is a pickup point, %2 a shipment</extracomment>
        <translation>el transportista no ofrece el punto de recogida %1 para %2</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>placed</source>
        <comment>a status reported by a back-office system</comment>
        <translation>realizado</translation>
    </message>
    <message>
        <source>created</source>
        <comment>a status reported by a back-office system</comment>
        <translation>creado</translation>
    </message>
    <message>
        <source>dispatched</source>
        <comment>a status reported by a back-office system</comment>
        <translation>enviado</translation>
    </message>
    <message>
        <source>in transit</source>
        <comment>a status reported by a back-office system</comment>
        <translation>en tránsito</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <comment>a status reported by a back-office system</comment>
        <translation>en reparto</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>a status reported by a back-office system</comment>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a status reported by a back-office system</comment>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a status reported by a back-office system</comment>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <comment>a status reported by a back-office system</comment>
        <translation>reprogramado</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>a status reported by a back-office system</comment>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>authorized</source>
        <comment>a status reported by a back-office system</comment>
        <translation>autorizado</translation>
    </message>
    <message>
        <source>label sent</source>
        <comment>a status reported by a back-office system</comment>
        <translation>etiqueta enviada</translation>
    </message>
    <message>
        <source>received</source>
        <comment>a status reported by a back-office system</comment>
        <translation>recibido</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>a status reported by a back-office system</comment>
        <translation>completado</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>a status reported by a back-office system</comment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>open</source>
        <comment>a status reported by a back-office system</comment>
        <translation>abierto</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>a status reported by a back-office system</comment>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>a status reported by a back-office system</comment>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>a status reported by a back-office system</comment>
        <translation>devuelto</translation>
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
        <translation>día desconocido</translation>
    </message>
    <message>
        <source>%1-%2 UTC</source>
        <extracomment>A delivery window within one day: %1 is its start with the date (&quot;19 Oct 2026 08:00&quot;), %2 its end time (&quot;12:00&quot;)</extracomment>
        <translation>%1–%2 UTC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A delivery window over several days: %1 and %2 are its ends (&quot;19 Oct 2026 08:00 UTC&quot;)</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>A duration of two days or more</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
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
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <extracomment>A quantity of an order line&apos;s article</extracomment>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>An order line: %1 is its number</extracomment>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <extracomment>An order line: %1 is its number, %2 what was ordered</extracomment>
        <translation>línea %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CancelledButShippedRule</name>
    <message>
        <source>%1 was cancelled</source>
        <extracomment>The first part of an alert; %1 is an order number</extracomment>
        <translation>%1 fue cancelado</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2</source>
        <extracomment>The first part of an alert; %1 is an order number, %2 a date and time</extracomment>
        <translation>%1 fue cancelado el %2</translation>
    </message>
    <message>
        <source>%1 was cancelled by %2 on %3</source>
        <extracomment>The first part of an alert; %1 is an order number, %2 the system or department that cancelled it, %3 a date and time</extracomment>
        <translation>%1 fue cancelado por %2 el %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>scan status and time</comment>
        <extracomment>A carrier&apos;s scan in a list: %1 is its status (&quot;in transit&quot;), %2 its time</extracomment>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1, but delivery reports %2 %3.</source>
        <extracomment>%1 says how the order was cancelled (&quot;ORD-1 was cancelled by orders on 16 Oct 2026 07:30 UTC&quot;), %2 is a shipment, %3 its status (&quot;in transit&quot;)</extracomment>
        <translation>%1, pero según el sistema de entregas %2 está %3.</translation>
    </message>
    <message>
        <source>%1, but delivery shows %2 %3.</source>
        <extracomment>%1 says how the order was cancelled, %2 is a shipment, %3 the list of its scans (&quot;in transit 16 Oct 2026 07:30 UTC and delivered 17 Oct 2026 ...&quot;)</extracomment>
        <translation>%1, pero el sistema de entregas muestra %2: %3.</translation>
    </message>
    <message>
        <source>%1, but delivery shows %2 %3; it is now %4.</source>
        <extracomment>%1 says how the order was cancelled, %2 is a shipment, %3 the list of its scans, %4 its status now (&quot;cancelled&quot;)</extracomment>
        <translation>%1, pero el sistema de entregas muestra %2: %3; ahora está %4.</translation>
    </message>
</context>
<context>
    <name>CaseEntryWording</name>
    <message>
        <source>(none)</source>
        <comment>no value: no assignee, no department</comment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>return label</source>
        <translation>etiqueta de devolución</translation>
    </message>
    <message>
        <source>reschedule</source>
        <comment>an action: change a delivery&apos;s slot or address</comment>
        <translation>reprogramación</translation>
    </message>
    <message>
        <source>cancel</source>
        <comment>an action: cancel an order</comment>
        <translation>cancelación</translation>
    </message>
    <message>
        <source>replace</source>
        <comment>an action: send a replacement</comment>
        <translation>reemplazo</translation>
    </message>
    <message>
        <source>message</source>
        <comment>an action: write to the customer</comment>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>store</source>
        <comment>a case channel: the customer came to a store</comment>
        <translation>tienda</translation>
    </message>
    <message>
        <source>social</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>formulario de reclamación</translation>
    </message>
    <message>
        <source>Case opened from %1: %2</source>
        <extracomment>%1 = channel (phone, email, …), %2 = the case&apos;s subject</extracomment>
        <translation>Caso abierto (canal: %1): %2</translation>
    </message>
    <message>
        <source>Linked orders or shipments changed</source>
        <translation>Cambios en los pedidos o envíos vinculados</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>estado: %1 → %2</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>prioridad: %1 → %2</translation>
    </message>
    <message>
        <source>department %1 → %2</source>
        <translation>departamento: %1 → %2</translation>
    </message>
    <message>
        <source>assignee %1 → %2</source>
        <translation>asignado a: %1 → %2</translation>
    </message>
    <message>
        <source>subject %1 → %2</source>
        <translation>asunto: %1 → %2</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <comment>the case&apos;s SLA deadline changed</comment>
        <translation>plazo: %1 → %2</translation>
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
        <translation>Reembolso de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Return label for %1: %2</source>
        <extracomment>%1 = order, %2 = reason</extracomment>
        <translation>Etiqueta de devolución para %1: %2</translation>
    </message>
    <message>
        <source>Delivery of %1 redirected to pickup point %2</source>
        <extracomment>%1 = shipment, %2 = pickup point</extracomment>
        <translation>Entrega de %1 desviada al punto de recogida %2</translation>
    </message>
    <message>
        <source>Delivery of %1 moved to slot %2</source>
        <extracomment>%1 = shipment, %2 = delivery slot</extracomment>
        <translation>Entrega de %1 reprogramada a la franja %2</translation>
    </message>
    <message>
        <source>Cancel %1: %2</source>
        <extracomment>Cancelling an order: %1 = order, %2 = reason</extracomment>
        <translation>Cancelación de %1: %2</translation>
    </message>
    <message>
        <source>Replacement for %1: %2</source>
        <extracomment>%1 = order, %2 = reason</extracomment>
        <translation>Reemplazo para %1: %2</translation>
    </message>
    <message>
        <source>Message to the customer (%1, %2): %3</source>
        <extracomment>%1 = channel (email, SMS), %2 = the customer&apos;s language code, %3 = subject</extracomment>
        <translation>Mensaje al cliente (%1, %2): %3</translation>
    </message>
    <message>
        <source>%1 delivered to %2</source>
        <extracomment>%1 = action (refund, return label, …), %2 = back-office system</extracomment>
        <translation>Enviado a %2: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 = action (refund, return label, …), %2 = why, as the system said it</extracomment>
        <translation>Error: %1 — %2</translation>
    </message>
    <message>
        <source>Escalated to %1 (due %2): %3</source>
        <extracomment>%1 = department, %2 = date and time it is due, %3 = reason</extracomment>
        <translation>Escalado a %1 (vence %2): %3</translation>
    </message>
    <message>
        <source>%1 accepted the escalation</source>
        <extracomment>%1 = department</extracomment>
        <translation>Escalado aceptado por %1</translation>
    </message>
    <message>
        <source>%1 accepted the escalation: %2</source>
        <translation>Escalado aceptado por %1: %2</translation>
    </message>
    <message>
        <source>%1 resolved the escalation</source>
        <extracomment>%1 = department</extracomment>
        <translation>Escalado resuelto por %1</translation>
    </message>
    <message>
        <source>%1 resolved the escalation: %2</source>
        <translation>Escalado resuelto por %1: %2</translation>
    </message>
    <message>
        <source>%1 returned the escalation</source>
        <extracomment>%1 = department; returned = handed back to the case&apos;s owner without a resolution</extracomment>
        <translation>Escalado devuelto por %1</translation>
    </message>
    <message>
        <source>%1 returned the escalation: %2</source>
        <translation>Escalado devuelto por %1: %2</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 approved (request %3)</source>
        <extracomment>%1 = amount with currency, %2 = order, %3 = approval request number</extracomment>
        <translation>Reembolso de %1 en %2 aprobado (solicitud %3)</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 approved (request %3): %4</source>
        <translation>Reembolso de %1 en %2 aprobado (solicitud %3): %4</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 rejected (request %3)</source>
        <extracomment>%1 = amount with currency, %2 = order, %3 = approval request number, %4 = why</extracomment>
        <translation>Reembolso de %1 en %2 rechazado (solicitud %3)</translation>
    </message>
    <message>
        <source>Refund of %1 on %2 rejected (request %3): %4</source>
        <translation>Reembolso de %1 en %2 rechazado (solicitud %3): %4</translation>
    </message>
    <message>
        <source>Held for a supervisor&apos;s approval (request %1): %2</source>
        <extracomment>%1 = approval request number, %2 = the refund (&quot;Refund of 25.00 EUR on ORD-1: …&quot;)</extracomment>
        <translation>Retenido hasta la aprobación de un supervisor (solicitud %1): %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <extracomment>%1 = action (refund, return label, …); nothing says why</extracomment>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <extracomment>Follows the error sentence of an action the outbox stopped sending</extracomment>
        <translation>
            <numerusform>Se abandonó tras %n intento.</numerusform>
            <numerusform>Se abandonó tras %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown back-office system</source>
        <extracomment>Why an action failed: its outbox entry names a system Caseline has no address for</extracomment>
        <translation>sistema de back-office desconocido</translation>
    </message>
</context>
<context>
    <name>CaseReassignment</name>
    <message>
        <source>an assignee&apos;s name is at most 100 characters</source>
        <translation>el nombre de la persona asignada no puede superar los 100 caracteres</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>a case needs a customer</source>
        <translation>un caso debe tener un cliente</translation>
    </message>
    <message>
        <source>a case needs a subject of 1 to 300 characters</source>
        <translation>un caso debe tener un asunto de 1 a 300 caracteres</translation>
    </message>
    <message>
        <source>customer language &apos;%1&apos; is not one of en, it, de, es, fr</source>
        <extracomment>%1 is the language code given for the customer, e.g. &quot;pt&quot;</extracomment>
        <translation>el idioma del cliente «%1» no está entre en, it, de, es, fr</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;customer-service&quot;</extracomment>
        <translation>departamento desconocido: «%1»</translation>
    </message>
    <message>
        <source>a case links orders, shipments or returns by id, not &apos;%1:%2&apos;</source>
        <extracomment>%1 is the kind of record given (&quot;order&quot;, &quot;shipment&quot;, &quot;return&quot; or a wrong one), %2 its id</extracomment>
        <translation>un caso vincula pedidos, envíos o devoluciones por su identificador, no «%1:%2»</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>no existe el caso %1</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>no existe %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile (version %2, yours %3); reload it and try again</source>
        <extracomment>%1 is the case&apos;s reference (CASE-12), %2 the version stored now, %3 the version the user changed</extracomment>
        <translation>otra persona ha modificado %1 mientras tanto (versión %2, la suya %3); vuelva a cargarlo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reload it and try again</source>
        <extracomment>%1 is the case&apos;s reference, e.g. CASE-12</extracomment>
        <translation>otra persona ha modificado %1 mientras tanto; vuelva a cargarlo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>a case entry needs a kind and a summary</source>
        <translation>una entrada del caso debe tener un tipo y un resumen</translation>
    </message>
</context>
<context>
    <name>CaseRowPresentation</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Pendiente del cliente</translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation>Pendiente del departamento</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
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
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 priority</source>
        <translation>%1, prioridad %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Due %1 — at risk</source>
        <translation>Vence %1 — en riesgo</translation>
    </message>
    <message>
        <source>Was due %1 — overdue</source>
        <translation>Venció %1 — fuera de plazo</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts: systems contradict each other</source>
        <translation>
            <numerusform>%n alerta: los sistemas se contradicen</numerusform>
            <numerusform>%n alertas: los sistemas se contradicen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
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
        <translation>en tienda</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>formulario de reclamación</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Start the reference back-office with the demo scenarios and a fresh case store.</source>
        <translation>Inicia el back-office de referencia con los escenarios de demostración y una base de datos de casos nueva.</translation>
    </message>
    <message>
        <source>With --demo: delay every back-office answer by MS milliseconds.</source>
        <translation>Con --demo: retrasa cada respuesta del back-office MS milisegundos.</translation>
    </message>
    <message>
        <source>One reference back-office server for all five systems.</source>
        <translation>Un servidor de back-office de referencia para los cinco sistemas.</translation>
    </message>
    <message>
        <source>Back-office configuration file (JSON: per-system URLs, tokens, timeouts).</source>
        <translation>Archivo de configuración del back-office (JSON: URL, tokens y tiempos de espera de cada sistema).</translation>
    </message>
    <message>
        <source>Case store: an SQLite file or a postgresql:// URL (default: $CASELINE_DB, else cases.sqlite in the application data folder).</source>
        <translation>Base de datos de casos: un archivo SQLite o una URL postgresql:// (por defecto: $CASELINE_DB o, si no, cases.sqlite en la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>Work as this user (default: the system user).</source>
        <translation>Trabajar como este usuario (por defecto: el usuario del sistema).</translation>
    </message>
    <message>
        <source>Search for a phone number, e-mail address, order or tracking number at start.</source>
        <translation>Buscar al iniciar un número de teléfono, una dirección de correo electrónico, un número de pedido o de seguimiento.</translation>
    </message>
    <message>
        <source>Interface language: en, it, de, es or fr (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Idioma de la interfaz: en, it, de, es o fr (por defecto: el elegido en la configuración o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>Open this case at start (CASE-12 or 12).</source>
        <translation>Abrir este caso al iniciar (CASE-12 o 12).</translation>
    </message>
    <message>
        <source>Quit once the queue is shown.</source>
        <translation>Salir en cuanto se muestre la cola.</translation>
    </message>
    <message>
        <source>Caseline: one case timeline from every back-office system. A second start hands --lookup or --open to the running console.</source>
        <translation>Caseline: una sola cronología del caso con todos los sistemas de back-office. Un segundo inicio pasa --lookup o --open a la consola ya abierta.</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>a case is given as CASE-12 or 12, not &quot;%1&quot;</source>
        <translation>un caso se indica como CASE-12 o 12, no «%1»</translation>
    </message>
    <message>
        <source>%1 Try --help.</source>
        <translation>%1 Pruebe --help.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation>argumento inesperado «%1». Pruebe --help.</translation>
    </message>
    <message>
        <source>--demo starts its own back-office, so it cannot be combined with --backoffice or --config.</source>
        <translation>--demo inicia su propio back-office, por lo que no se puede combinar con --backoffice ni con --config.</translation>
    </message>
    <message>
        <source>give either --backoffice or --config, not both.</source>
        <translation>indique --backoffice o --config, no ambos.</translation>
    </message>
    <message>
        <source>--backoffice: %1</source>
        <translation>--backoffice: %1</translation>
    </message>
    <message>
        <source>--config needs the path of a configuration file.</source>
        <translation>--config necesita la ruta de un archivo de configuración.</translation>
    </message>
    <message>
        <source>--latency slows the demo back-office down, so it needs --demo.</source>
        <translation>--latency ralentiza el back-office de demostración, por lo que necesita --demo.</translation>
    </message>
    <message>
        <source>--latency takes milliseconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--latency admite milisegundos de 0 a %1, no «%2».</translation>
    </message>
    <message>
        <source>--as needs a user name.</source>
        <translation>--as necesita un nombre de usuario.</translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;.</source>
        <translation>--language admite uno de estos valores: %1, no «%2».</translation>
    </message>
    <message>
        <source>give either --lookup or --open, not both.</source>
        <translation>indique --lookup o --open, no ambos.</translation>
    </message>
    <message>
        <source>--lookup needs a phone number, e-mail address, order or tracking number.</source>
        <translation>--lookup necesita un número de teléfono, una dirección de correo electrónico, un número de pedido o de seguimiento.</translation>
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
        <translation>cancelado</translation>
    </message>
    <message>
        <source>refunded</source>
        <comment>what a message said</comment>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>what a message said</comment>
        <translation>entregado</translation>
    </message>
    <message>
        <source>on its way</source>
        <comment>what a message said</comment>
        <translation>en camino</translation>
    </message>
    <message>
        <source>%1 (%2) told the customer %3 was %4; %5, %6 later, said %7 was %8.</source>
        <extracomment>%1 is a message, %2 when it was sent, %3 the order, %4 what it said (&quot;cancelled and refunded&quot;); %5 a later message, %6 how much later (&quot;3 days&quot;), %7 its order, %8 what it said (&quot;on its way&quot;)</extracomment>
        <translation>%1 (%2) informó al cliente de que %3 estaba %4; %5, %6 después, indicó que %7 estaba %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n more contradicting pairs in messages about this order.</source>
        <extracomment>Follows the alert&apos;s first sentence when more pairs of messages contradict</extracomment>
        <translation>
            <numerusform>Hay %n par más de mensajes contradictorios sobre este pedido.</numerusform>
            <numerusform>Hay %n pares más de mensajes contradictorios sobre este pedido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not open the file for writing: %1</source>
        <translation>No se pudo abrir el archivo para escribir: %1</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DepartmentWords</name>
    <message>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logística</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisores</translation>
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
        <translation>En %1, la %2 se ha compensado dos veces: se ha reemplazado con %3 y reembolsado con %4.</translation>
    </message>
    <message>
        <source>%1 %2 has replacements for %3 (%4); the order had %5.</source>
        <extracomment>%1 is an order, %2 one of its lines, %3 the units replaced (&quot;3 units&quot;), %4 the replacement orders, %5 the units ordered (&quot;1 unit&quot;)</extracomment>
        <translation>En %1, la %2 tiene reemplazos por %3 (%4); el pedido tenía %5.</translation>
    </message>
    <message>
        <source>Refunds on %1 (%2) total %3, more than the %4 paid.</source>
        <extracomment>%1 is an order, %2 its refunds, %3 their total, %4 what the customer paid</extracomment>
        <translation>Los reembolsos de %1 (%2) suman %3, más que los %4 pagados.</translation>
    </message>
</context>
<context>
    <name>DurationWords</name>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>accepted</source>
        <comment>state of an escalation</comment>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>state of an escalation</comment>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>state of an escalation</comment>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be accepted</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;resolved&quot;)</extracomment>
        <translation>el escalado %1 está %2; no se puede aceptar</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be resolved</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;returned&quot;)</extracomment>
        <translation>el escalado %1 está %2; no se puede resolver</translation>
    </message>
    <message>
        <source>escalation %1 is %2; it cannot be returned</source>
        <extracomment>%1 is the escalation&apos;s number, %2 its state (&quot;resolved&quot;)</extracomment>
        <translation>el escalado %1 está %2; no se puede devolver</translation>
    </message>
    <message>
        <source>a department name is lower case letters and dashes, e.g. returns-desk</source>
        <translation>el nombre de un departamento solo puede contener letras minúsculas y guiones, p. ej., returns-desk</translation>
    </message>
    <message>
        <source>a department needs a title and an SLA of 1 to 2160 hours</source>
        <translation>un departamento debe tener un título y un SLA de 1 a 2160 horas</translation>
    </message>
    <message>
        <source>an escalation needs a reason of 1 to 500 characters</source>
        <translation>un escalado debe tener un motivo de 1 a 500 caracteres</translation>
    </message>
    <message>
        <source>an escalation&apos;s due time must lie in the future</source>
        <translation>el plazo de un escalado debe estar en el futuro</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;finance&quot;</extracomment>
        <translation>departamento desconocido: «%1»</translation>
    </message>
    <message>
        <source>resolving or returning an escalation needs a note of 1 to 2000 characters</source>
        <translation>para resolver o devolver un escalado se necesita una nota de 1 a 2000 caracteres</translation>
    </message>
    <message>
        <source>escalation %1 was changed meanwhile (version %2, yours %3); reload it and try again</source>
        <extracomment>%1 is the escalation&apos;s number, %2 the version stored now, %3 the version the user changed</extracomment>
        <translation>el escalado %1 se ha modificado mientras tanto (versión %2, la suya %3); vuelva a cargarlo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>escalation %1 was changed meanwhile; reload it and try again</source>
        <extracomment>%1 is the escalation&apos;s number</extracomment>
        <translation>el escalado %1 se ha modificado mientras tanto; vuelva a cargarlo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>there is no escalation %1</source>
        <extracomment>%1 is the escalation&apos;s number</extracomment>
        <translation>no existe el escalado %1</translation>
    </message>
</context>
<context>
    <name>EscalationOverdueRule</name>
    <message>
        <source>The escalation to %1 (&quot;%2&quot;, opened by %3 on %4) was due %5 and is still %6, %7 late.</source>
        <extracomment>%1 is a department, %2 the reason given, %3 who opened the escalation, %4 when, %5 when it was due, %6 its state (&quot;open&quot;), %7 how late it is (&quot;2 days&quot;)</extracomment>
        <translation>El escalado a %1 («%2», abierto por %3 el %4) vencía el %5 y sigue %6, con %7 de retraso.</translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <source>the server</source>
        <comment>subject of an error sentence</comment>
        <extracomment>Names a back-office server whose address is not known; it is the %1 (the subject) of the other error sentences about a back-office call</extracomment>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>the server at %1</source>
        <comment>subject of an error sentence</comment>
        <extracomment>Names a back-office server, %1 is its host and port (&quot;127.0.0.1:8480&quot;); it is the %1 (the subject) of the other error sentences about a back-office call</extracomment>
        <translation>el servidor %1</translation>
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
        <translation>%1, %2 intentos</translation>
    </message>
    <message>
        <source>%1 refused the request (%2): %3</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;409&quot;), %3 the server&apos;s own explanation (usually English)</extracomment>
        <translation>%1 ha rechazado la solicitud (%2): %3</translation>
    </message>
    <message>
        <source>%1 refused access (%2); the credentials may be wrong.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;401&quot;)</extracomment>
        <translation>%1 ha denegado el acceso (%2); puede que las credenciales sean incorrectas.</translation>
    </message>
    <message>
        <source>%1 does not know the requested item (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;404&quot;)</extracomment>
        <translation>%1 no encuentra el elemento solicitado (%2).</translation>
    </message>
    <message>
        <source>%1 is too busy (%2); try again shortly.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;429&quot;)</extracomment>
        <translation>%1 está demasiado ocupado (%2); vuelva a intentarlo en unos instantes.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;503&quot;)</extracomment>
        <translation>%1 ha tenido un problema interno (%2).</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the HTTP status (&quot;400&quot;)</extracomment>
        <translation>%1 ha rechazado la solicitud (%2).</translation>
    </message>
    <message>
        <source>The answer from the server could not be understood.</source>
        <translation>No se pudo interpretar la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The answer from the server could not be understood (field %1).</source>
        <extracomment>%1 is the field of the answer that was wrong (&quot;lines[0].quantity&quot;)</extracomment>
        <translation>No se pudo interpretar la respuesta del servidor (campo %1).</translation>
    </message>
    <message>
        <source>The answer from the server at %1 could not be understood.</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;)</extracomment>
        <translation>No se pudo interpretar la respuesta del servidor %1.</translation>
    </message>
    <message>
        <source>The answer from the server at %1 could not be understood (field %2).</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;), %2 the field of the answer that was wrong (&quot;lines[0].quantity&quot;)</extracomment>
        <translation>No se pudo interpretar la respuesta del servidor %1 (campo %2).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 (%3 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the time limit (&quot;10 s&quot;), %3 how many times the request was sent (always more than one)</extracomment>
        <translation>%1 no ha respondido en un plazo de %2 (%3 intentos).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is the time limit (&quot;10 s&quot;)</extracomment>
        <translation>%1 no ha respondido en un plazo de %2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is how many times the request was sent (always more than one)</extracomment>
        <translation>%1 no ha respondido a tiempo (%2 intentos).</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>%1 could not be reached or cut the connection (%2 attempts).</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;), %2 is how many times the request was sent (always more than one)</extracomment>
        <translation>%1 no es accesible o ha cortado la conexión (%2 intentos).</translation>
    </message>
    <message>
        <source>%1 could not be reached or cut the connection.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 no es accesible o ha cortado la conexión.</translation>
    </message>
    <message>
        <source>%1 could not prove its identity, so the secure connection was refused.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>%1 no ha podido acreditar su identidad, por lo que se ha rechazado la conexión segura.</translation>
    </message>
    <message>
        <source>The request to the server was cancelled.</source>
        <translation>Se ha cancelado la solicitud al servidor.</translation>
    </message>
    <message>
        <source>The request to the server at %1 was cancelled.</source>
        <extracomment>%1 is the server&apos;s host and port (&quot;127.0.0.1:8480&quot;)</extracomment>
        <translation>Se ha cancelado la solicitud al servidor %1.</translation>
    </message>
    <message>
        <source>%1 could not be used.</source>
        <extracomment>%1 names the server (&quot;the server at 127.0.0.1:8480&quot;)</extracomment>
        <translation>No se pudo utilizar %1.</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>Caseline will speak %1 from its next start.</source>
        <translation>Caseline usará el idioma %1 a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>MissedDeliveryWindowRule</name>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now</extracomment>
        <translation>El envío %1 del pedido %2 estaba prometido para el %3; la franja ya ha pasado y, según el sistema de entregas, está %4.</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4 (%5: %6).</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now, %5 the time of its last scan, %6 what the carrier wrote on it</extracomment>
        <translation>El envío %1 del pedido %2 estaba prometido para el %3; la franja ya ha pasado y, según el sistema de entregas, está %4 (%5: %6).</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4, while orders still shows %5 as %6.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now (&quot;failed&quot;), %5 the order again, %6 the order&apos;s status (&quot;dispatched&quot;)</extracomment>
        <translation>El envío %1 del pedido %2 estaba prometido para el %3; la franja ya ha pasado y, según el sistema de entregas, está %4, mientras que el sistema de pedidos aún muestra %5 como %6.</translation>
    </message>
    <message>
        <source>%1 for %2 was promised for %3; the window has passed and delivery reports it %4 (%5: %6), while orders still shows %7 as %8.</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the promised window, %4 its status now (&quot;failed&quot;), %5 the time of its last scan, %6 what the carrier wrote on it, %7 the order again, %8 the order&apos;s status (&quot;dispatched&quot;)</extracomment>
        <translation>El envío %1 del pedido %2 estaba prometido para el %3; la franja ya ha pasado y, según el sistema de entregas, está %4 (%5: %6), mientras que el sistema de pedidos aún muestra %7 como %8.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>there is no undelivered outbox entry %1</source>
        <extracomment>%1 is the outbox entry&apos;s number</extracomment>
        <translation>no hay ninguna entrada %1 sin entregar en la bandeja de salida</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view cases</source>
        <translation>ver casos</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>abrir casos</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>editar casos</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>añadir notas</translation>
    </message>
    <message>
        <source>log contacts</source>
        <translation>registrar contactos</translation>
    </message>
    <message>
        <source>escalate cases</source>
        <translation>escalar casos</translation>
    </message>
    <message>
        <source>answer escalations</source>
        <translation>responder a escalados</translation>
    </message>
    <message>
        <source>reschedule deliveries</source>
        <translation>reprogramar entregas</translation>
    </message>
    <message>
        <source>redirect deliveries</source>
        <translation>desviar entregas</translation>
    </message>
    <message>
        <source>issue return labels</source>
        <translation>emitir etiquetas de devolución</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolsar</translation>
    </message>
    <message>
        <source>cancel orders</source>
        <translation>cancelar pedidos</translation>
    </message>
    <message>
        <source>send replacements</source>
        <translation>enviar reemplazos</translation>
    </message>
    <message>
        <source>message customers</source>
        <translation>enviar mensajes a clientes</translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation>aprobar reembolsos</translation>
    </message>
    <message>
        <source>reassign cases in bulk</source>
        <translation>reasignar casos en bloque</translation>
    </message>
    <message>
        <source>change SLA policies</source>
        <translation>cambiar las políticas de SLA</translation>
    </message>
    <message>
        <source>manage staff and roles</source>
        <translation>gestionar el personal y los roles</translation>
    </message>
    <message>
        <source>view the dashboard</source>
        <translation>ver el panel de supervisor</translation>
    </message>
</context>
<context>
    <name>PickupPointText</name>
    <message>
        <source>Post office</source>
        <translation>Oficina de Correos</translation>
    </message>
    <message>
        <source>Parcel locker</source>
        <translation>Taquilla de paquetes</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Opening hours unknown</source>
        <translation>Horario desconocido</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abierto: %1</translation>
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
        <translation>%1 (sobre %2)</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) no return with a label exists for %5 or its replacements.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the order</extracomment>
        <translation>El %1, %2 prometió al cliente una etiqueta de devolución; %3 después (plazo: %4), no existe ninguna devolución con etiqueta para %5 ni para sus reemplazos.</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) no return with a label exists for %5.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the order</extracomment>
        <translation>El %1, %2 prometió al cliente una etiqueta de devolución; %3 después (plazo: %4), no existe ninguna devolución con etiqueta para %5.</translation>
    </message>
    <message>
        <source>On %1 %2 promised the customer a return label; %3 later (allowed: %4) the label of %5 exists but was never sent.</source>
        <extracomment>%1 is when the message was sent, %2 the message, %3 how long ago (&quot;3 days&quot;), %4 the time allowed, %5 the returns</extracomment>
        <translation>El %1, %2 prometió al cliente una etiqueta de devolución; %3 después (plazo: %4), la etiqueta de %5 existe, pero nunca se envió.</translation>
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
        <translation>la solicitud de reembolso %1 ya ha sido rechazada por %2</translation>
    </message>
    <message>
        <source>refund approval request %1 was already approved by %2</source>
        <extracomment>%1 is the request&apos;s number, %2 the supervisor who approved it</extracomment>
        <translation>la solicitud de reembolso %1 ya ha sido aprobada por %2</translation>
    </message>
    <message>
        <source>only refunds wait for approval</source>
        <translation>solo los reembolsos quedan pendientes de aprobación</translation>
    </message>
    <message>
        <source>there is no refund approval request %1</source>
        <extracomment>%1 is the request&apos;s number</extracomment>
        <translation>no existe la solicitud de reembolso %1</translation>
    </message>
    <message>
        <source>an approval&apos;s note is at most 2000 characters</source>
        <translation>la nota de una aprobación no puede superar los 2000 caracteres</translation>
    </message>
    <message>
        <source>rejecting a refund needs a note of 1 to 2000 characters</source>
        <translation>para rechazar un reembolso se necesita una nota de 1 a 2000 caracteres</translation>
    </message>
    <message>
        <source>refund approval request %1 was decided meanwhile; reload it</source>
        <extracomment>%1 is the request&apos;s number</extracomment>
        <translation>mientras tanto ya se ha decidido sobre la solicitud de reembolso %1; vuelva a cargarla</translation>
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
        <translation>%1 (%2 en %3, por %4)</translation>
    </message>
    <message>
        <source>Money was refunded for %1 of %2 by %3, but the goods are with the customer: %4; the return covers too few units.</source>
        <extracomment>%1 is a number of units (&quot;2 units&quot;), %2 an order line, %3 the refunds, %4 the shipments that brought the goods</extracomment>
        <translation>Se ha reembolsado el importe de %1 de la %2 mediante %3, pero la mercancía está en poder del cliente: %4; la devolución cubre menos unidades de las necesarias.</translation>
    </message>
    <message>
        <source>Money was refunded for %1 of %2 by %3, but the goods are with the customer: %4; no return exists.</source>
        <extracomment>%1 is a number of units (&quot;2 units&quot;), %2 an order line, %3 the refunds, %4 the shipments that brought the goods</extracomment>
        <translation>Se ha reembolsado el importe de %1 de la %2 mediante %3, pero la mercancía está en poder del cliente: %4; no existe ninguna devolución.</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>a staff member needs a name of 1 to 100 characters</source>
        <translation>un miembro del personal debe tener un nombre de 1 a 100 caracteres</translation>
    </message>
    <message>
        <source>a login is at most 100 characters</source>
        <translation>un nombre de usuario no puede superar los 100 caracteres</translation>
    </message>
    <message>
        <source>unknown department &apos;%1&apos;</source>
        <extracomment>%1 is the department&apos;s code, e.g. &quot;customer-service&quot;</extracomment>
        <translation>departamento desconocido: «%1»</translation>
    </message>
    <message>
        <source>the login &apos;%1&apos; is %2&apos;s already</source>
        <extracomment>%1 is a login, %2 the name of the staff member who already has it</extracomment>
        <translation>el nombre de usuario «%1» ya pertenece a %2</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>the store address is empty</source>
        <translation>la dirección de la base de datos de casos está vacía</translation>
    </message>
    <message>
        <source>sqlite:// needs a file path, e.g. sqlite:///var/lib/caseline/cases.sqlite</source>
        <translation>sqlite:// necesita una ruta de archivo, p. ej., sqlite:///var/lib/caseline/cases.sqlite</translation>
    </message>
    <message>
        <source>unknown store address scheme in &apos;%1&apos;: use postgresql://... or sqlite://... or a file path</source>
        <extracomment>%1 is the store address as given</extracomment>
        <translation>esquema de dirección desconocido en «%1»: use postgresql://... o sqlite://... o una ruta de archivo</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs a host: postgresql://user@host:port/dbname</source>
        <translation>la dirección de PostgreSQL necesita un host: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs one database name: postgresql://user@host:port/dbname</source>
        <translation>la dirección de PostgreSQL necesita un único nombre de base de datos: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the PostgreSQL address needs a user: postgresql://user@host:port/dbname</source>
        <translation>la dirección de PostgreSQL necesita un usuario: postgresql://user@host:port/dbname</translation>
    </message>
</context>
<context>
    <name>TimelineBuilder</name>
    <message>
        <source>%1 placed as a replacement for %2</source>
        <extracomment>%1 is the new order; then %2 is the department that placed it, %3 the order it replaces</extracomment>
        <translation>%1 realizado como reemplazo de %2</translation>
    </message>
    <message>
        <source>%1 placed by %2 as a replacement for %3</source>
        <translation>%1 realizado por %2 como reemplazo de %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>order status</comment>
        <extracomment>An order&apos;s new status: %1 is the order, %2 its status (&quot;dispatched&quot;); then %3 is the department that changed it</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 por %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order</extracomment>
        <translation>Reembolso %1 de %2 en %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 by %4</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 who issued it</extracomment>
        <translation>Reembolso %1 de %2 en %3 por %4</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 (%4)</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 its status (&quot;pending&quot;)</extracomment>
        <translation>Reembolso %1 de %2 en %3 (%4)</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 by %4 (%5)</source>
        <extracomment>%1 is a refund, %2 its amount, %3 its order, %4 who issued it, %5 its status (&quot;pending&quot;)</extracomment>
        <translation>Reembolso %1 de %2 en %3 por %4 (%5)</translation>
    </message>
    <message>
        <source>Note on %1 by %2: %3</source>
        <extracomment>%1 is an order, %2 the note; then %2 is the department that wrote it, %3 the note</extracomment>
        <translation>Nota de %2 sobre %1: %3</translation>
    </message>
    <message>
        <source>Note on %1: %2</source>
        <translation>Nota sobre %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) promised for %3</source>
        <extracomment>%1 is a shipment, %2 its order, %3 the delivery window</extracomment>
        <translation>%1 (%2) prometido para el %3</translation>
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
        <translation>Devolución %1 de %2, estado: %3; etiqueta %4 %5</translation>
    </message>
    <message>
        <source>Return %1 for %2, %3; no label</source>
        <extracomment>%1 is a return, %2 its order, %3 its status (&quot;authorized&quot;)</extracomment>
        <translation>Devolución %1 de %2, estado: %3; sin etiqueta</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Failed: %1. Can be retried.</source>
        <translation>Error: %1. Se puede reintentar.</translation>
    </message>
    <message>
        <source>Failed: %1 — %2. Can be retried.</source>
        <translation>Error: %1 — %2. Se puede reintentar.</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>último error: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Pendiente de envío: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1 (%2)</source>
        <translation>Pendiente de envío: %1 (%2)</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Próximo intento: %1.</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Relacionado con: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tries</source>
        <extracomment>How often sending an action was tried so far</extracomment>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::ActionDialog</name>
    <message>
        <source>Action details</source>
        <translation>Detalles de la acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Enviar (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
</context>
<context>
    <name>caseline::AgingChart</name>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Age of open cases</source>
        <translation>Antigüedad de los casos abiertos</translation>
    </message>
    <message>
        <source>Days since opened</source>
        <translation>Días desde la apertura</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
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
        <translation>Emitir etiqueta de devolución</translation>
    </message>
    <message>
        <source>Message the customer</source>
        <translation>Enviar mensaje al cliente</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancelar el pedido</translation>
    </message>
    <message>
        <source>Reschedule delivery</source>
        <translation>Reprogramar la entrega</translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation>Escalar a %1</translation>
    </message>
</context>
<context>
    <name>caseline::AlertPanel</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 alert on %2</source>
        <translation>Alerta sobre %2: %1</translation>
    </message>
</context>
<context>
    <name>caseline::ApprovalQueueModel</name>
    <message>
        <source>Refund of %1 on %2 requested by %3: %4</source>
        <translation>Reembolso de %1 en %2 solicitado por %3: %4</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En espera desde</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
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
        <translation>Aprobación de reembolsos</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Why (required to reject; shown on the case&apos;s timeline)</source>
        <translation>Motivo (obligatorio para rechazar; se muestra en la cronología del caso)</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Nota de la decisión</translation>
    </message>
    <message>
        <source>Approve the selected refunds</source>
        <translation>Aprobar los reembolsos seleccionados</translation>
    </message>
    <message>
        <source>Send the selected refunds to the payments system</source>
        <translation>Enviar los reembolsos seleccionados al sistema de pagos</translation>
    </message>
    <message>
        <source>Reject the selected refunds</source>
        <translation>Rechazar los reembolsos seleccionados</translation>
    </message>
    <message>
        <source>Refuse the selected refunds; the note says why</source>
        <translation>Denegar los reembolsos seleccionados; la nota explica el motivo</translation>
    </message>
    <message>
        <source>Select the refund requests to decide on first.</source>
        <translation>Seleccione primero las solicitudes de reembolso que quiere decidir.</translation>
    </message>
    <message>
        <source>Write a note saying why the refund is rejected: the agent and the customer&apos;s timeline show it.</source>
        <translation>Escriba una nota que explique por qué se rechaza el reembolso: el agente y la cronología del cliente la mostrarán.</translation>
    </message>
</context>
<context>
    <name>caseline::BacklogChart</name>
    <message>
        <source>Backlog over time</source>
        <translation>Casos pendientes a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Open at end of day</source>
        <translation>Abiertos al final del día</translation>
    </message>
    <message>
        <source>Opened that day</source>
        <translation>Abiertos ese día</translation>
    </message>
    <message>
        <source>Resolved that day</source>
        <translation>Resueltos ese día</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>%1 open cases on %2, %3 on %4</source>
        <translation>%1 casos abiertos el %2, %3 el %4</translation>
    </message>
</context>
<context>
    <name>caseline::CancelDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar el pedido %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · placed %3&lt;br&gt;%4&lt;br&gt;Total %5, paid %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · realizado el %3&lt;br&gt;%4&lt;br&gt;Total %5, pagado %6</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Already left the warehouse: %1. The shop can no longer cancel; offer a redirect to a pickup point or a return instead.</source>
        <translation>Ya ha salido del almacén: %1. La tienda ya no puede cancelarlo; ofrezca en su lugar un desvío a un punto de recogida o una devolución.</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>El cliente ha cambiado de opinión</translation>
    </message>
    <message>
        <source>Ordered twice</source>
        <translation>Pedido duplicado</translation>
    </message>
    <message>
        <source>Delivery date does not suit</source>
        <translation>La fecha de entrega no le conviene</translation>
    </message>
    <message>
        <source>Found it cheaper</source>
        <translation>Lo ha encontrado más barato</translation>
    </message>
    <message>
        <source>Why the order is cancelled</source>
        <translation>Por qué se cancela el pedido</translation>
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
        <translation>entregar la bandeja de salida</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>un error inesperado</translation>
    </message>
    <message>
        <source>add the note</source>
        <translation>añadir la nota</translation>
    </message>
    <message>
        <source>log the contact</source>
        <translation>registrar el contacto</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalar</translation>
    </message>
    <message>
        <source>try the action again</source>
        <translation>reintentar la acción</translation>
    </message>
    <message>
        <source>cannot check the action against the back-office: %1 could not be read: %2. Nothing was done.</source>
        <extracomment>%1 is the back-office system&apos;s code (&quot;payments&quot;), %2 why it could not be read</extracomment>
        <translation>no se puede comprobar la acción con el back-office: no se pudo leer %1: %2. No se ha hecho nada.</translation>
    </message>
    <message>
        <source>cannot check the action against the back-office: the carrier&apos;s options could not be read: %1. Nothing was done.</source>
        <extracomment>%1 says why the carrier&apos;s options could not be read</extracomment>
        <translation>no se puede comprobar la acción con el back-office: no se pudieron leer las opciones del transportista: %1. No se ha hecho nada.</translation>
    </message>
    <message>
        <source>%1 is not an order of %2</source>
        <extracomment>%1 is an order&apos;s id (&quot;ORD-1001&quot;), %2 the case&apos;s reference (&quot;CASE-12&quot;)</extracomment>
        <translation>%1 no es un pedido de %2</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>la nota no puede estar vacía</translation>
    </message>
    <message>
        <source>a contact is inbound or outbound</source>
        <translation>un contacto debe ser entrante o saliente</translation>
    </message>
    <message>
        <source>a contact&apos;s channel is one of %1</source>
        <extracomment>%1 lists the channels&apos; codes (&quot;phone, email, chat, store, social or complaint-form&quot;)</extracomment>
        <translation>el canal de un contacto debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>a contact needs a summary</source>
        <translation>un contacto debe tener un resumen</translation>
    </message>
</context>
<context>
    <name>caseline::CaseActionFlow</name>
    <message>
        <source>Stored; sending: %1</source>
        <translation>Guardado; enviando: %1</translation>
    </message>
    <message>
        <source>Held for a supervisor&apos;s approval (request %1).</source>
        <translation>Retenido hasta la aprobación de un supervisor (solicitud %1).</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No realizado: %1</translation>
    </message>
    <message>
        <source>The returns system made the label; fetching it…</source>
        <translation>El sistema de devoluciones ha generado la etiqueta; obteniéndola…</translation>
    </message>
    <message>
        <source>Done. It is on the case&apos;s timeline.</source>
        <translation>Hecho. Figura en la cronología del caso.</translation>
    </message>
    <message>
        <source>The back-office did not answer (%1); trying again at %2. The action is kept and will not be lost.</source>
        <translation>El back-office no ha respondido (%1); se reintentará a las %2. La acción se conserva y no se perderá.</translation>
    </message>
    <message>
        <source>The back-office refused it: %1</source>
        <translation>El back-office lo ha rechazado: %1</translation>
    </message>
    <message>
        <source>Saved on the case.</source>
        <translation>Guardado en el caso.</translation>
    </message>
    <message>
        <source>Label %1 is ready and on the timeline.</source>
        <translation>La etiqueta %1 está lista y figura en la cronología.</translation>
    </message>
    <message>
        <source>Checking with the back-office…</source>
        <translation>Consultando con el back-office…</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Abra primero un caso.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>This case has no order; link one to act on it.</source>
        <translation>Este caso no tiene ningún pedido; vincule uno para actuar sobre él.</translation>
    </message>
    <message>
        <source>The order is not known yet: wait for the timeline, or refresh (F5).</source>
        <translation>El pedido aún no se conoce: espere a la cronología o actualice (F5).</translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation>Acción desconocida: %1.</translation>
    </message>
    <message>
        <source>Sending label %1 to the customer…</source>
        <translation>Enviando la etiqueta %1 al cliente…</translation>
    </message>
    <message>
        <source>%1 has no parcel on its way to move.</source>
        <translation>%1 no tiene ningún paquete en camino que desviar.</translation>
    </message>
    <message>
        <source>Handing over to %1…</source>
        <translation>Traspasando a %1…</translation>
    </message>
</context>
<context>
    <name>caseline::CaseFieldsEditor</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>(department queue)</source>
        <translation>(cola del dpto.)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Case priority</source>
        <translation>Prioridad del caso</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Save case changes</source>
        <translation>Guardar los cambios del caso</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save status, priority and assignee (%1)</source>
        <translation>Guardar estado, prioridad y asignación (%1)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>Pri&amp;oridad:</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>Asigna&amp;do a:</translation>
    </message>
</context>
<context>
    <name>caseline::CaseHeader</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Linked orders</source>
        <translation>Pedidos vinculados</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Ningún caso abierto</translation>
    </message>
    <message>
        <source>Pick a case from the queue, or search (Ctrl+K) for a customer.</source>
        <translation>Elija un caso de la cola o busque un cliente (Ctrl+K).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 desk</source>
        <translation>Departamento %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>asignado a %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>Customer %1 · speaks %2 · came by %3</source>
        <translation>Cliente %1 · habla %2 · canal: %3</translation>
    </message>
    <message>
        <source>No order linked</source>
        <translation>Ningún pedido vinculado</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Pedidos: %1</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>habla %1</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>canal preferido: %1</translation>
    </message>
</context>
<context>
    <name>caseline::CaseListPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exportar %1 como CSV</translation>
    </message>
    <message>
        <source>Write this list to a CSV file (%1)</source>
        <translation>Guardar esta lista en un archivo CSV (%1)</translation>
    </message>
    <message>
        <source>Reassign selected…</source>
        <translation>Reasignar selección…</translation>
    </message>
    <message>
        <source>Reassign the selected cases</source>
        <translation>Reasignar los casos seleccionados</translation>
    </message>
    <message>
        <source>Give the selected cases to someone else (%1)</source>
        <translation>Asignar los casos seleccionados a otra persona (%1)</translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation>Reasignar a</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>Se ha exportado %n fila de %1 a %2</numerusform>
            <numerusform>Se han exportado %n filas de %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cases to reassign first.</source>
        <translation>Seleccione primero los casos que quiere reasignar.</translation>
    </message>
    <message>
        <source>There is no one to reassign the cases to: the staff list is empty.</source>
        <translation>No hay nadie a quien reasignar los casos: la lista de personal está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1, selección: %2</translation>
    </message>
</context>
<context>
    <name>caseline::CasePane</name>
    <message>
        <source>&amp;Retry action</source>
        <translation>&amp;Reintentar acción</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Return &amp;label</source>
        <translation>&amp;Etiqueta de devolución</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Re&amp;schedule</source>
        <translation>Re&amp;programar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>Reem&amp;bolso</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>Cance&amp;lar pedido</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Re&amp;placement</source>
        <translation>Reempla&amp;zo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>E&amp;scalar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Cronología del caso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Show %1 events</source>
        <translation>Mostrar eventos: %1</translation>
    </message>
    <message>
        <source>Filter the timeline…</source>
        <translation>Filtrar la cronología…</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>Filtrar la cronología</translation>
    </message>
    <message>
        <source>Send a failed or waiting action now, with the same key (it is applied once)</source>
        <translation>Enviar ahora una acción fallida o pendiente, con la misma clave (se aplica una sola vez)</translation>
    </message>
    <message>
        <source>Retry the selected action</source>
        <translation>Reintentar la acción seleccionada</translation>
    </message>
</context>
<context>
    <name>caseline::CaseWorkspace</name>
    <message>
        <source>an unexpected error</source>
        <translation>un error inesperado</translation>
    </message>
    <message>
        <source>open the case store</source>
        <translation>abrir la base de datos de casos</translation>
    </message>
    <message>
        <source>Order management could not be searched: %1</source>
        <translation>No se pudo buscar en la gestión de pedidos: %1</translation>
    </message>
    <message>
        <source>Some orders could not be read: %1</source>
        <translation>No se pudieron leer algunos pedidos: %1</translation>
    </message>
    <message>
        <source>The case store could not be searched: %1</source>
        <translation>No se pudo buscar en la base de datos de casos: %1</translation>
    </message>
    <message>
        <source>open CASE-%1</source>
        <translation>abrir CASE-%1</translation>
    </message>
    <message>
        <source>open a new case</source>
        <translation>abrir un caso nuevo</translation>
    </message>
    <message>
        <source>load the departments</source>
        <translation>cargar los departamentos</translation>
    </message>
    <message>
        <source>read customer %1</source>
        <translation>leer el cliente %1</translation>
    </message>
</context>
<context>
    <name>caseline::ConflictBar</name>
    <message>
        <source>&amp;Apply my change again</source>
        <translation>Aplicar mi cambio de nue&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>Conservar el su&amp;yo</translation>
    </message>
    <message>
        <source>Conflicting change</source>
        <translation>Cambio en conflicto</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 while you were editing: %4. Your change was not saved: %5.</source>
        <translation>%1 ha modificado %2 (%3) mientras usted editaba: %4. Su cambio no se ha guardado: %5.</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioridad %1</translation>
    </message>
    <message>
        <source>back to the department queue</source>
        <translation>devolver a la cola del departamento</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>asignado a %1</translation>
    </message>
    <message>
        <source>no field</source>
        <translation>ningún campo</translation>
    </message>
</context>
<context>
    <name>caseline::ConsoleController</name>
    <message>
        <source>Could not load the queue: %1</source>
        <translation>No se pudo cargar la cola: %1</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>%1 opened.</source>
        <translation>%1 abierto.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>No se pudo %1: %2</translation>
    </message>
    <message>
        <source>An action on CASE-%1 failed: %2</source>
        <translation>Ha fallado una acción en CASE-%1: %2</translation>
    </message>
    <message>
        <source>Opening the case store…</source>
        <translation>Abriendo la base de datos de casos…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>CASE-%1 was not saved: %2</source>
        <translation>CASE-%1 no se ha guardado: %2</translation>
    </message>
</context>
<context>
    <name>caseline::ConsoleLauncher</name>
    <message>
        <source>Starting the demo back-office…</source>
        <translation>Iniciando el back-office de demostración…</translation>
    </message>
    <message>
        <source>No temporary folder for the demo&apos;s case store: %1</source>
        <translation>No hay carpeta temporal para la base de datos de casos de la demostración: %1</translation>
    </message>
    <message>
        <source>The demo back-office did not start: %1</source>
        <translation>El back-office de demostración no se ha iniciado: %1</translation>
    </message>
    <message>
        <source>The console needs a back-office and a case store.</source>
        <translation>La consola necesita un back-office y una base de datos de casos.</translation>
    </message>
    <message>
        <source>The case store could not be opened: %1</source>
        <translation>No se pudo abrir la base de datos de casos: %1</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · sesión iniciada como %2</translation>
    </message>
    <message>
        <source>The demo cases could not be made: %1</source>
        <translation>No se pudieron crear los casos de demostración: %1</translation>
    </message>
</context>
<context>
    <name>caseline::ContactDialog</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>En tienda</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Complaint form</source>
        <translation>Formulario de reclamación</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>Contacto con el cliente</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>The customer contacted us</source>
        <translation>El cliente contactó con nosotros</translation>
    </message>
    <message>
        <source>We contacted the customer</source>
        <translation>Contactamos con el cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What the customer said and what you agreed</source>
        <translation>Lo que dijo el cliente y lo que se acordó</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sentido:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Sum up the contact first.</source>
        <translation>Resuma primero el contacto.</translation>
    </message>
    <message>
        <source>The channel must be %1.</source>
        <translation>El canal debe ser %1.</translation>
    </message>
</context>
<context>
    <name>caseline::CustomerSearchModel</name>
    <message>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
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
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA en riesgo</translation>
    </message>
    <message>
        <source>Watchdog alerts</source>
        <translation>Alertas de vigilancia</translation>
    </message>
    <message>
        <source>Refunds awaiting approval</source>
        <translation>Reembolsos por aprobar</translation>
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
        <translation>No se encontró el back-office de demostración (%1) en %2.</translation>
    </message>
    <message>
        <source>The demo back-office printed something unexpected instead of its address.</source>
        <translation>El back-office de demostración mostró algo inesperado en lugar de su dirección.</translation>
    </message>
    <message>
        <source>The demo back-office announced &quot;%1&quot; instead of its address.</source>
        <translation>El back-office de demostración anunció «%1» en lugar de su dirección.</translation>
    </message>
    <message>
        <source>The demo back-office could not be started: %1</source>
        <translation>No se pudo iniciar el back-office de demostración: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>se bloqueó</translation>
    </message>
    <message>
        <source>it ended with exit code %1</source>
        <translation>terminó con el código de salida %1</translation>
    </message>
    <message>
        <source>The demo back-office stopped before announcing its address (%1).%2</source>
        <translation>El back-office de demostración se detuvo antes de anunciar su dirección (%1).%2</translation>
    </message>
    <message>
        <source>The demo back-office stopped (%1).%2</source>
        <translation>El back-office de demostración se detuvo (%1).%2</translation>
    </message>
    <message>
        <source>The demo back-office did not announce its address within %1 s.%2</source>
        <translation>El back-office de demostración no anunció su dirección en %1 s.%2</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Dijo: %1</translation>
    </message>
</context>
<context>
    <name>caseline::EscalateDialog</name>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
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
        <translation>Escalar el caso</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message numerus="yes">
        <source>%1 (answers within %n h)</source>
        <translation>
            <numerusform>%1 (responde en %n h)</numerusform>
            <numerusform>%1 (responde en %n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What the department should do, and why</source>
        <translation>Qué debe hacer el departamento y por qué</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>D&amp;ue (UTC):</source>
        <translation>P&amp;lazo (UTC):</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>P&amp;lazo:</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Elija el departamento.</translation>
    </message>
    <message>
        <source>Say why the case goes to %1.</source>
        <translation>Indique por qué el caso pasa a %1.</translation>
    </message>
    <message>
        <source>The due time must be in the future.</source>
        <translation>El plazo debe estar en el futuro.</translation>
    </message>
    <message>
        <source>The priority must be %1.</source>
        <translation>La prioridad debe ser %1.</translation>
    </message>
</context>
<context>
    <name>caseline::FirstRunDialog</name>
    <message>
        <source>One &amp;back-office server for every system</source>
        <translation>Un &amp;servidor de back-office para todos los sistemas</translation>
    </message>
    <message>
        <source>A configuration &amp;file</source>
        <translation>Un &amp;archivo de configuración</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Set up Caseline</source>
        <translation>Configurar Caseline</translation>
    </message>
    <message>
        <source>Tell Caseline where the back-office systems answer and where the cases are kept. You can change this later.</source>
        <translation>Indique a Caseline dónde responden los sistemas de back-office y dónde se guardan los casos. Puede cambiarlo más adelante.</translation>
    </message>
    <message>
        <source>One back-office server for every system</source>
        <translation>Un servidor de back-office para todos los sistemas</translation>
    </message>
    <message>
        <source>Back-office server address</source>
        <translation>Dirección del servidor de back-office</translation>
    </message>
    <message>
        <source>A configuration file</source>
        <translation>Un archivo de configuración</translation>
    </message>
    <message>
        <source>Back-office configuration file</source>
        <translation>Archivo de configuración del back-office</translation>
    </message>
    <message>
        <source>caseline.json: per-system addresses and tokens</source>
        <translation>caseline.json: direcciones y tokens de cada sistema</translation>
    </message>
    <message>
        <source>Browse for the configuration file</source>
        <translation>Buscar el archivo de configuración</translation>
    </message>
    <message>
        <source>Case store</source>
        <translation>Base de datos de casos</translation>
    </message>
    <message>
        <source>an SQLite file, or postgresql://user@host/database</source>
        <translation>un archivo SQLite o postgresql://usuario@host/base_de_datos</translation>
    </message>
    <message>
        <source>Browse for the SQLite case store file</source>
        <translation>Buscar el archivo SQLite de la base de datos de casos</translation>
    </message>
    <message>
        <source>Why the settings cannot be used</source>
        <translation>Por qué no se puede usar la configuración</translation>
    </message>
    <message>
        <source>Back-office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Case s&amp;tore:</source>
        <translation>Base de &amp;datos de casos:</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Usar esta configuración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Configuration (*.json)</source>
        <translation>Configuración (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>SQLite case store</source>
        <translation>Base de datos de casos SQLite</translation>
    </message>
    <message>
        <source>SQLite (*.sqlite *.db)</source>
        <translation>SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Enter the address of the back-office server, e.g. http://127.0.0.1:8480.</source>
        <translation>Introduzca la dirección del servidor de back-office, p. ej., http://127.0.0.1:8480.</translation>
    </message>
    <message>
        <source>The back-office address cannot be used: %1</source>
        <translation>No se puede usar la dirección del back-office: %1</translation>
    </message>
    <message>
        <source>Choose the back-office configuration file.</source>
        <translation>Elija el archivo de configuración del back-office.</translation>
    </message>
    <message>
        <source>The configuration file cannot be used: %1</source>
        <translation>No se puede usar el archivo de configuración: %1</translation>
    </message>
    <message>
        <source>Choose where the cases are kept: an SQLite file, or a postgresql:// address shared by the team.</source>
        <translation>Elija dónde se guardan los casos: un archivo SQLite o una dirección postgresql:// compartida por el equipo.</translation>
    </message>
    <message>
        <source>The case store cannot be used: %1</source>
        <translation>No se puede usar la base de datos de casos: %1</translation>
    </message>
</context>
<context>
    <name>caseline::LabelPreview</name>
    <message>
        <source>Label preview</source>
        <translation>Vista previa de la etiqueta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Label status</source>
        <translation>Estado de la etiqueta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation>Imprimir la etiqueta</translation>
    </message>
    <message>
        <source>Print the label (%1)</source>
        <translation>Imprimir la etiqueta (%1)</translation>
    </message>
    <message>
        <source>the label is not a readable PDF</source>
        <translation>la etiqueta no es un PDF legible</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation>Sin etiqueta: %1</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Search customers and cases</source>
        <translation>&amp;Buscar clientes y casos</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Mis casos</translation>
    </message>
    <message>
        <source>My &amp;department</source>
        <translation>Mi &amp;departamento</translation>
    </message>
    <message>
        <source>&amp;All open</source>
        <translation>&amp;Todos los abiertos</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>&amp;Requieren atención</translation>
    </message>
    <message>
        <source>Supervisor &amp;dashboard</source>
        <translation>&amp;Panel de supervisor</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Queues, SLA, the watchdog&apos;s conflicts, workload and approvals</source>
        <translation>Colas, SLA, conflictos detectados por la vigilancia, carga de trabajo y aprobaciones</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Co&amp;nfiguración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Usar el del sistema</translation>
    </message>
</context>
<context>
    <name>caseline::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>caseline::MessageDialog</name>
    <message>
        <source>Message to the customer</source>
        <translation>Mensaje al cliente</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Etiqueta de devolución</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramación</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
</context>
<context>
    <name>caseline::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>e.g. CUS-1001 (search with Ctrl+K)</source>
        <translation>p. ej., CUS-1001 (buscar con Ctrl+K)</translation>
    </message>
    <message>
        <source>What the customer needs, in a line</source>
        <translation>Qué necesita el cliente, en una línea</translation>
    </message>
    <message>
        <source>Order numbers, comma separated — may stay empty</source>
        <translation>Números de pedido separados por comas; puede quedar vacío</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>&amp;Pedidos:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Idioma del cliente</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>How the customer came</source>
        <translation>Cómo contactó el cliente</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>Números de pedido</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Who is the customer? Search for them with Ctrl+K or type their number.</source>
        <translation>¿Quién es el cliente? Búsquelo con Ctrl+K o escriba su número.</translation>
    </message>
    <message>
        <source>Say in a line what the customer needs.</source>
        <translation>Indique en una línea qué necesita el cliente.</translation>
    </message>
    <message>
        <source>Why the case cannot be opened</source>
        <translation>Por qué no se puede abrir el caso</translation>
    </message>
</context>
<context>
    <name>caseline::NoteDialog</name>
    <message>
        <source>Note on the case</source>
        <translation>Nota en el caso</translation>
    </message>
    <message>
        <source>&amp;Note (seen by colleagues, not by the customer):</source>
        <translation>&amp;Nota (la ven los compañeros, no el cliente):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what is next</source>
        <translation>Qué ha pasado, qué se ha acordado y cuál es el siguiente paso</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
</context>
<context>
    <name>caseline::OrderLineTable</name>
    <message>
        <source>Order lines</source>
        <translation>Líneas del pedido</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Cantidad de %1</translation>
    </message>
</context>
<context>
    <name>caseline::QueueCountsModel</name>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Casos por estado</translation>
    </message>
    <message>
        <source>The same cases by priority</source>
        <translation>Los mismos casos por prioridad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open case(s)</source>
        <translation>
            <numerusform>%1: %n caso abierto</numerusform>
            <numerusform>%1: %n casos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n case(s)</source>
        <translation>
            <numerusform>%1, %2: %n caso</numerusform>
            <numerusform>%1, %2: %n casos</numerusform>
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
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>Mi departamento</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Cases in this queue</source>
        <translation>Casos de esta cola</translation>
    </message>
    <message>
        <source>Open a case for a call or a store visit, with or without an order number (%1)</source>
        <translation>Abrir un caso por una llamada o una visita a tienda, con o sin número de pedido (%1)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 de %Ln caso</numerusform>
            <numerusform>%1 de %Ln casos</numerusform>
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
        <translation>Reembolso del pedido %1</translation>
    </message>
    <message>
        <source>Paid %1, refunded %2, &lt;b&gt;left %3&lt;/b&gt;</source>
        <translation>Pagado %1, reembolsado %2, &lt;b&gt;pendiente %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Payments so far</source>
        <translation>Pagos realizados</translation>
    </message>
    <message>
        <source>&amp;Full refund of what is left</source>
        <translation>Reembolso &amp;total del importe pendiente</translation>
    </message>
    <message>
        <source>Refund an amount</source>
        <translation>Reembolsar un importe</translation>
    </message>
    <message>
        <source>Selected &amp;lines</source>
        <translation>&amp;Líneas seleccionadas</translation>
    </message>
    <message>
        <source>Refund selected lines</source>
        <translation>Reembolsar las líneas seleccionadas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Lower it for a partial refund</source>
        <translation>Redúzcalo para un reembolso parcial</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Gesto comercial</translation>
    </message>
    <message>
        <source>Item not delivered</source>
        <translation>Artículo no entregado</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Returned item received</source>
        <translation>Artículo devuelto recibido</translation>
    </message>
    <message>
        <source>Order cancelled but delivered</source>
        <translation>Pedido cancelado pero entregado</translation>
    </message>
    <message>
        <source>Delivery window missed</source>
        <translation>Franja de entrega incumplida</translation>
    </message>
    <message>
        <source>Why the customer gets money back</source>
        <translation>Por qué se devuelve el dinero al cliente</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Tick the lines to refund.</source>
        <translation>Marque las líneas que quiere reembolsar.</translation>
    </message>
</context>
<context>
    <name>caseline::ReplacementDialog</name>
    <message>
        <source>Replacement for %1</source>
        <translation>Reemplazo del pedido %1</translation>
    </message>
    <message>
        <source>Tick the lines to send again:</source>
        <translation>Marque las líneas que se vuelven a enviar:</translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>Perdido en el transporte</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Faltan piezas</translation>
    </message>
    <message>
        <source>Why it is sent again</source>
        <translation>Por qué se vuelve a enviar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Tick at least one line to send again.</source>
        <translation>Marque al menos una línea para volver a enviar.</translation>
    </message>
</context>
<context>
    <name>caseline::RescheduleDialog</name>
    <message>
        <source>Reschedule delivery %1</source>
        <translation>Reprogramar la entrega %1</translation>
    </message>
    <message>
        <source>No promised window</source>
        <translation>Sin franja prometida</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>Prometida: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 · %3, tracking %4 · %5&lt;br&gt;%6&lt;br&gt;To %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; del pedido %2 · %3, seguimiento %4 · %5&lt;br&gt;%6&lt;br&gt;Destino: %7</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>&amp;Delivery slot</source>
        <translation>&amp;Franja de entrega</translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation>&amp;Punto de recogida</translation>
    </message>
    <message>
        <source>e.g. leave with the concierge</source>
        <translation>p. ej., dejar en conserjería</translation>
    </message>
    <message>
        <source>Note for the carrier</source>
        <translation>Nota para el transportista</translation>
    </message>
    <message>
        <source>&amp;Note for the carrier:</source>
        <translation>&amp;Nota para el transportista:</translation>
    </message>
    <message>
        <source>Asking the carrier for slots…</source>
        <translation>Consultando franjas al transportista…</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>Día de entrega</translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation>Franjas del día</translation>
    </message>
    <message>
        <source>Redirect the parcel to:</source>
        <translation>Desviar el paquete a:</translation>
    </message>
    <message>
        <source>Pickup points</source>
        <translation>Puntos de recogida</translation>
    </message>
    <message>
        <source>The carrier offers no pickup point for this parcel.</source>
        <translation>El transportista no ofrece ningún punto de recogida para este paquete.</translation>
    </message>
    <message>
        <source>The carrier offers no other slot and no pickup point for %1.</source>
        <translation>El transportista no ofrece otra franja ni ningún punto de recogida para %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s options could not be read: %1</source>
        <translation>No se pudieron leer las opciones del transportista: %1</translation>
    </message>
    <message>
        <source>%1–%2 UTC · %3</source>
        <translation>%1–%2 UTC · %3</translation>
    </message>
    <message>
        <source> (already begun)</source>
        <translation> (ya iniciada)</translation>
    </message>
    <message>
        <source>No slot on %1.</source>
        <translation>No hay franjas el %1.</translation>
    </message>
    <message>
        <source>&amp;Slots on %1:</source>
        <translation>F&amp;ranjas del %1:</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Horario de oficina</translation>
    </message>
    <message>
        <source>Choose a day and one of its slots.</source>
        <translation>Elija un día y una de sus franjas.</translation>
    </message>
    <message>
        <source>Choose a pickup point.</source>
        <translation>Elija un punto de recogida.</translation>
    </message>
</context>
<context>
    <name>caseline::ReturnLabelDialog</name>
    <message>
        <source>Return label for %1</source>
        <translation>Etiqueta de devolución del pedido %1</translation>
    </message>
    <message>
        <source>Tick the delivered lines the customer sends back:</source>
        <translation>Marque las líneas entregadas que devuelve el cliente:</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Talla incorrecta</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>No coincide con la descripción</translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Order cancelled but delivered</source>
        <translation>Pedido cancelado pero entregado</translation>
    </message>
    <message>
        <source>Why the customer returns it</source>
        <translation>Por qué lo devuelve el cliente</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Send to &amp;customer</source>
        <translation>Enviar al &amp;cliente</translation>
    </message>
    <message>
        <source>Send the label to the customer</source>
        <translation>Enviar la etiqueta al cliente</translation>
    </message>
    <message>
        <source>Return %1 is authorized; its label is below.</source>
        <translation>La devolución %1 está autorizada; su etiqueta aparece debajo.</translation>
    </message>
    <message>
        <source>Return %1 is authorized, but its label is no readable PDF.</source>
        <translation>La devolución %1 está autorizada, pero su etiqueta no es un PDF legible.</translation>
    </message>
    <message>
        <source>The return was requested, but its label could not be fetched: %1</source>
        <translation>Se ha solicitado la devolución, pero no se pudo obtener su etiqueta: %1</translation>
    </message>
    <message>
        <source>Tick at least one line to return.</source>
        <translation>Marque al menos una línea para devolver.</translation>
    </message>
</context>
<context>
    <name>caseline::SearchPanel</name>
    <message>
        <source>Search order, e-mail, phone, tracking or name (Ctrl+K)</source>
        <translation>Buscar pedido, correo, teléfono, envío o nombre (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search customers and cases</source>
        <translation>Buscar clientes y casos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>No se ha encontrado nada para «%1».</translation>
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
        <translation>Minutos restantes</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusBar</name>
    <message>
        <source>Refreshing</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ask every back-office system again (%1)</source>
        <translation>Volver a consultar todos los sistemas de back-office (%1)</translation>
    </message>
    <message>
        <source>Refresh the timeline</source>
        <translation>Actualizar la cronología</translation>
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
        <translation>Aún no se ha consultado %1</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>%1 answered with fresh data</source>
        <translation>%1 ha respondido con datos actualizados</translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation>%1: desactualizado desde %2</translation>
    </message>
    <message>
        <source>%1 is shown from the cache of %2</source>
        <translation>%1 se muestra con los datos en caché de %2</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: error</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>No se pudo contactar con %1: %2</translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusModel</name>
    <message>
        <source>%1: not fetched yet</source>
        <translation>%1: aún no consultado</translation>
    </message>
    <message>
        <source>%1: up to date (fetched %2)</source>
        <translation>%1: actualizado (consultado: %2)</translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation>%1: actualizado</translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation>%1: desactualizado desde %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: error</translation>
    </message>
    <message>
        <source>%1: error — %2</source>
        <translation>%1: error — %2</translation>
    </message>
    <message>
        <source>%1 (refreshing…)</source>
        <translation>%1 (actualizando…)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una hora desconocida</translation>
    </message>
</context>
<context>
    <name>caseline::StoreChangeWatcher</name>
    <message>
        <source>Changes by other consoles cannot be followed: %1</source>
        <translation>No se pueden seguir los cambios de otras consolas: %1</translation>
    </message>
    <message>
        <source>Changes by other consoles could not be read: %1</source>
        <translation>No se pudieron leer los cambios de otras consolas: %1</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorConsole</name>
    <message>
        <source>Caseline — supervisor dashboard</source>
        <translation>Caseline — panel de supervisor</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>No se pudo leer el panel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) reassigned.</source>
        <translation>
            <numerusform>%n caso reasignado.</numerusform>
            <numerusform>%n casos reasignados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund request %1 approved: it is being sent.</source>
        <translation>Solicitud de reembolso %1 aprobada: se está enviando.</translation>
    </message>
    <message>
        <source>Refund request %1 rejected.</source>
        <translation>Solicitud de reembolso %1 rechazada.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>No se pudo %1: %2</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorDashboard</name>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Esperando las primeras cifras…</translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation>Panel de supervisor</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dashboard lists</source>
        <translation>Listas del panel</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Reassign selected…</source>
        <translation>Reasignar selección…</translation>
    </message>
    <message>
        <source>Cases are reassigned from the SLA and watchdog lists.</source>
        <translation>Los casos se reasignan desde las listas de SLA y de vigilancia.</translation>
    </message>
    <message>
        <source>Counts by department</source>
        <translation>Recuentos por departamento</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA en riesgo</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Vigilancia</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>SLA breached (%1)</source>
        <translation>SLA incumplido (%1)</translation>
    </message>
    <message>
        <source>SLA at risk (%1)</source>
        <translation>SLA en riesgo (%1)</translation>
    </message>
    <message>
        <source>Watchdog (%1)</source>
        <translation>Vigilancia (%1)</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Aprobaciones (%1)</translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorDesk</name>
    <message>
        <source>an unexpected error</source>
        <translation>un error inesperado</translation>
    </message>
    <message>
        <source>load the refunds awaiting approval</source>
        <translation>cargar los reembolsos pendientes de aprobación</translation>
    </message>
    <message>
        <source>approve the refund</source>
        <translation>aprobar el reembolso</translation>
    </message>
    <message>
        <source>reject the refund</source>
        <translation>rechazar el reembolso</translation>
    </message>
    <message>
        <source>reassign the cases</source>
        <translation>reasignar los casos</translation>
    </message>
    <message>
        <source>load the staff</source>
        <translation>cargar el personal</translation>
    </message>
</context>
<context>
    <name>caseline::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
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
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>caseline::WorkloadModel</name>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
</context>
</TS>
