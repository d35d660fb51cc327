<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CaseRowPresentation</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 — at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due %1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 alert: systems contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alerts: systems contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the reference back-office with the demo scenarios and a fresh case store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: delay every back-office answer by MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One reference back-office server for all five systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-office configuration file (JSON: per-system URLs, tokens, timeouts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case store: an SQLite file or a postgresql:// URL (default: $CASELINE_DB, else cases.sqlite in the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as this user (default: the system user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a phone number, e-mail address, order or tracking number at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, it, de, es or fr (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this case at start (CASE-12 or 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the queue is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseline: one case timeline from every back-office system. A second start hands --lookup or --open to the running console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case is given as CASE-12 or 12, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo starts its own back-office, so it cannot be combined with --backoffice or --config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --backoffice or --config, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backoffice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config needs the path of a configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency slows the demo back-office down, so it needs --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency takes milliseconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --lookup or --open, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lookup needs a phone number, e-mail address, order or tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not open the file for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationWords</name>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>Caseline will speak %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupPointText</name>
    <message>
        <source>Post office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Caseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <source>Failed: %1. Can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 — %2. Can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::ActionDialog</name>
    <message>
        <source>Action details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::AgingChart</name>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age of open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::AlertListModel</name>
    <message>
        <source>Issue return label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::AlertPanel</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alert on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::ApprovalQueueModel</name>
    <message>
        <source>Refund of %1 on %2 requested by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::ApprovalsPanel</name>
    <message>
        <source>Refund approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required to reject; shown on the case&apos;s timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected refunds to the payments system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the selected refunds; the note says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the refund requests to decide on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note saying why the refund is rejected: the agent and the customer&apos;s timeline show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::BacklogChart</name>
    <message>
        <source>Backlog over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at end of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open cases on %2, %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::CancelDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · placed %3&lt;br&gt;%4&lt;br&gt;Total %5, paid %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already left the warehouse: %1. The shop can no longer cancel; offer a redirect to a pickup point or a return instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date does not suit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found it cheaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the order is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::CaseActionDesk</name>
    <message>
        <source>deliver the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try the action again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::CaseActionFlow</name>
    <message>
        <source>Stored; sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for a supervisor&apos;s approval (request %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The returns system made the label; fetching it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. It is on the case&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-office did not answer (%1); trying again at %2. The action is kept and will not be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-office refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1 is ready and on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the back-office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no order; link one to act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is not known yet: wait for the timeline, or refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending label %1 to the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no parcel on its way to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing over to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::CaseFieldsEditor</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(department queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status, priority and assignee (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::CaseHeader</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a case from the queue, or search (Ctrl+K) for a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 · speaks %2 · came by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::CaseListPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this list to a CSV file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign the selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected cases to someone else (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cases to reassign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no one to reassign the cases to: the staff list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::CasePane</name>
    <message>
        <source>&amp;Retry action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return &amp;label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a failed or waiting action now, with the same key (it is applied once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the selected action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::CaseWorkspace</name>
    <message>
        <source>an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order management could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some orders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open CASE-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::ConflictBar</name>
    <message>
        <source>&amp;Apply my change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 while you were editing: %4. Your change was not saved: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the department queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::ConsoleController</name>
    <message>
        <source>Could not load the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action on CASE-%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE-%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::ConsoleLauncher</name>
    <message>
        <source>Starting the demo back-office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the demo&apos;s case store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo back-office did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console needs a back-office and a case store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cases could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::ContactDialog</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer contacted us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We contacted the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said and what you agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum up the contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::CustomerSearchModel</name>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::DashboardTiles</name>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchdog alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::DemoBackoffice</name>
    <message>
        <source>The demo back-office (%1) was not found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo back-office printed something unexpected instead of its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo back-office announced &quot;%1&quot; instead of its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo back-office could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo back-office stopped before announcing its address (%1).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo back-office stopped (%1).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo back-office did not announce its address within %1 s.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::EscalateDialog</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (answers within %n h)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the department should do, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due time must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::FirstRunDialog</name>
    <message>
        <source>One &amp;back-office server for every system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Caseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Caseline where the back-office systems answer and where the cases are kept. You can change this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One back-office server for every system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-office server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-office configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline.json: per-system addresses and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite file, or postgresql://user@host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the SQLite case store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the settings cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case s&amp;tore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the back-office server, e.g. http://127.0.0.1:8480.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-office address cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the back-office configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the cases are kept: an SQLite file, or a postgresql:// address shared by the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::LabelPreview</name>
    <message>
        <source>Label preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label is not a readable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::MainWindow</name>
    <message>
        <source>Caseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search customers and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues, SLA, the watchdog&apos;s conflicts, workload and approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::MessageDialog</name>
    <message>
        <source>Message to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CUS-1001 (search with Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer needs, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order numbers, comma separated — may stay empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the customer? Search for them with Ctrl+K or type their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a line what the customer needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::NoteDialog</name>
    <message>
        <source>Note on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (seen by colleagues, not by the customer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was agreed, what is next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::OrderLineTable</name>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::QueueCountsModel</name>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same cases by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::QueuePane</name>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases in this queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case for a call or a store visit, with or without an order number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::ReasonBox</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::RefundDialog</name>
    <message>
        <source>Refund on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1, refunded %2, &lt;b&gt;left %3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full refund of what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected &amp;lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower it for a partial refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned item received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled but delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery window missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the customer gets money back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the lines to refund.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::ReplacementDialog</name>
    <message>
        <source>Replacement for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the lines to send again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one line to send again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::RescheduleDialog</name>
    <message>
        <source>Reschedule delivery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promised window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 · %3, tracking %4 · %5&lt;br&gt;%6&lt;br&gt;To %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. leave with the concierge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the carrier for slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect the parcel to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier offers no pickup point for this parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier offers no other slot and no pickup point for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s options could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 UTC · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (already begun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slots on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day and one of its slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pickup point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::ReturnLabelDialog</name>
    <message>
        <source>Return label for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the delivered lines the customer sends back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled but delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the customer returns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the label to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 is authorized; its label is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 is authorized, but its label is no readable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return was requested, but its label could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one line to return.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::SearchPanel</name>
    <message>
        <source>Search order, e-mail, phone, tracking or name (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::SlaCaseListModel</name>
    <message>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusBar</name>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every back-office system again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusChip</name>
    <message>
        <source>%1: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with fresh data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown from the cache of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::SourceStatusModel</name>
    <message>
        <source>%1: not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up to date (fetched %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refreshing…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::StoreChangeWatcher</name>
    <message>
        <source>Changes by other consoles cannot be followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes by other consoles could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorConsole</name>
    <message>
        <source>Caseline — supervisor dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) reassigned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refund request %1 approved: it is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund request %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorDashboard</name>
    <message>
        <source>Waiting for the first figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases are reassigned from the SLA and watchdog lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at risk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchdog (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorDesk</name>
    <message>
        <source>an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the refunds awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::TimelineModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::WatchdogListModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseline::WorkloadModel</name>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
