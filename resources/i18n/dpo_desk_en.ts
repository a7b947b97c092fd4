<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>rl_accel (ReportLab&apos;s accelerator)</source>
        <translation>rl_accel (ReportLab&apos;s accelerator)</translation>
    </message>
    <message>
        <source>Apache-2.0 or BSD-3-Clause</source>
        <translation>Apache-2.0 or BSD-3-Clause</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Public domain</translation>
    </message>
    <message>
        <source>About DPO Desk</source>
        <translation>About DPO Desk</translation>
    </message>
    <message>
        <source>The desk of a Vietnamese company&apos;s data protection officer: register, requests, breach notices.</source>
        <translation>The desk of a Vietnamese company&apos;s data protection officer: register, requests, breach notices.</translation>
    </message>
    <message>
        <source>Database schema version: {0}</source>
        <translation>Database schema version: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <source>Product knowledge, not legal advice: check notices against the current law.</source>
        <translation>Product knowledge, not legal advice: check notices against the current law.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge · {0}</source>
        <translation>Acknowledge · {0}</translation>
    </message>
    <message>
        <source>Record when the requester was told that the request was received. The law asks for it by {0}; the acknowledgement letter carries this date.</source>
        <translation>Record when the requester was told that the request was received. The law asks for it by {0}; the acknowledgement letter carries this date.</translation>
    </message>
    <message>
        <source>Record when the requester was told that the request was received; the acknowledgement letter carries this date.</source>
        <translation>Record when the requester was told that the request was received; the acknowledgement letter carries this date.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>DPO Desk could not load these files (missing or damaged):
{0}

It uses the system font and English texts instead where needed. Reinstalling DPO Desk repairs them.</source>
        <translation>DPO Desk could not load these files (missing or damaged):
{0}

It uses the system font and English texts instead where needed. Reinstalling DPO Desk repairs them.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>The action could not be completed</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Missing files</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>Calendar day</translation>
    </message>
    <message>
        <source>Case–register link</source>
        <translation>Case–register link</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Custom data item</source>
        <translation>Custom data item</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Policy gap</source>
        <translation>Policy gap</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Number in the year</source>
        <translation>Number in the year</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>Record of</source>
        <translation>Record of</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Added at</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sent with the notice</source>
        <translation>Sent with the notice</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Policy file</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Gap (English)</source>
        <translation>Gap (English)</translation>
    </message>
    <message>
        <source>The policy&apos;s sentence</source>
        <translation>The policy&apos;s sentence</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Resolved at</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <source>Company&apos;s promise (days)</source>
        <translation>Company&apos;s promise (days)</translation>
    </message>
    <message>
        <source>Promise counted in</source>
        <translation>Promise counted in</translation>
    </message>
    <message>
        <source>Company&apos;s promise</source>
        <translation>Company&apos;s promise</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>Acknowledge by</translation>
    </message>
    <message>
        <source>Original due date</source>
        <translation>Original due date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Binding deadline</source>
        <translation>Binding deadline</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Reason for the hold</translation>
    </message>
    <message>
        <source>Extended by (days)</source>
        <translation>Extended by (days)</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>Extended at</source>
        <translation>Extended at</translation>
    </message>
    <message>
        <source>Extended legal deadline</source>
        <translation>Extended legal deadline</translation>
    </message>
    <message>
        <source>Extended company&apos;s promise</source>
        <translation>Extended company&apos;s promise</translation>
    </message>
    <message>
        <source>Identity check method</source>
        <translation>Identity check method</translation>
    </message>
    <message>
        <source>Identity checked by</source>
        <translation>Identity checked by</translation>
    </message>
    <message>
        <source>Identity checked at</source>
        <translation>Identity checked at</translation>
    </message>
    <message>
        <source>Identity check result</source>
        <translation>Identity check result</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason for the outcome</source>
        <translation>Reason for the outcome</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status since</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Data items</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation>Transfer abroad</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>Owner department</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every change, who made it and when, chained by SHA-256 hashes so that edits made behind the app&apos;s back are detected.</source>
        <translation>Every change, who made it and when, chained by SHA-256 hashes so that edits made behind the app&apos;s back are detected.</translation>
    </message>
    <message>
        <source>Search who, what, values… (Ctrl+F)</source>
        <translation>Search who, what, values… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Select an entry to see what it changed.</translation>
    </message>
    <message>
        <source>Entry #{0} · {1} · {2} {3} · by {4}</source>
        <translation>Entry #{0} · {1} · {2} {3} · by {4}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>follows</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <source>Struck out by you</source>
        <translation>Struck out by you</translation>
    </message>
    <message>
        <source>Tick at least one rest day.</source>
        <translation>Tick at least one rest day.</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>{0} added as a day off.</source>
        <translation>{0} added as a day off.</translation>
    </message>
    <message>
        <source>{0} declared a working day.</source>
        <translation>{0} declared a working day.</translation>
    </message>
    <message>
        <source>Strike {0} ({1}) from the calendar? It will count as an ordinary working day for every deadline. You can restore it later.</source>
        <translation>Strike {0} ({1}) from the calendar? It will count as an ordinary working day for every deadline. You can restore it later.</translation>
    </message>
    <message>
        <source>Restore {0} ({1}) as a day off?</source>
        <translation>Restore {0} ({1}) as a day off?</translation>
    </message>
    <message>
        <source>Remove your change of {0} ({1})? The day goes back to how the official calendar has it.</source>
        <translation>Remove your change of {0} ({1})? The day goes back to how the official calendar has it.</translation>
    </message>
    <message>
        <source>{0} restored.</source>
        <translation>{0} restored.</translation>
    </message>
    <message>
        <source>{0} removed.</source>
        <translation>{0} removed.</translation>
    </message>
    <message>
        <source>Weekly rest days saved. The deadlines of open complaints were recomputed.</source>
        <translation>Weekly rest days saved. The deadlines of open complaints were recomputed.</translation>
    </message>
    <message>
        <source>The deadlines of open complaints were recomputed.</source>
        <translation>The deadlines of open complaints were recomputed.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>Government (not counted)</source>
        <translation>Government (not counted)</translation>
    </message>
    <message>
        <source>Unconfirmed (not counted)</source>
        <translation>Unconfirmed (not counted)</translation>
    </message>
    <message>
        <source>Does not count for deadlines unless you add it: select it and click “Count this day”.</source>
        <translation>Does not count for deadlines unless you add it: select it and click “Count this day”.</translation>
    </message>
    <message>
        <source>This day does not count, so there is nothing to remove.</source>
        <translation>This day does not count, so there is nothing to remove.</translation>
    </message>
    <message>
        <source>Make the selected day count for every deadline (your change, which you can remove later).</source>
        <translation>Make the selected day count for every deadline (your change, which you can remove later).</translation>
    </message>
    <message>
        <source>Select a government or unconfirmed day first.</source>
        <translation>Select a government or unconfirmed day first.</translation>
    </message>
    <message>
        <source>{0} now counts as a day off.</source>
        <translation>{0} now counts as a day off.</translation>
    </message>
    <message>
        <source>{0} now counts as a working day.</source>
        <translation>{0} now counts as a working day.</translation>
    </message>
    <message>
        <source>Every deadline is counted on this calendar: the weekly rest days, the public holidays of the Labour Code (Lunar New Year and substitute days included) and your own changes. Days the Government sets for the civil service and days not yet in the Labour Code are shown in amber and do not count unless you add them. Changes in this section are saved at once (the Save button below is for the profile).</source>
        <translation>Every deadline is counted on this calendar: the weekly rest days, the public holidays of the Labour Code (Lunar New Year and substitute days included) and your own changes. Days the Government sets for the civil service and days not yet in the Labour Code are shown in amber and do not count unless you add them. Changes in this section are saved at once (the Save button below is for the profile).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Weekly rest days:</source>
        <translation>Weekly rest days:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Save rest days</source>
        <translation>Save rest days</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>Worked rest days</source>
        <translation>Worked rest days</translation>
    </message>
    <message>
        <source>No rest day is worked this year.</source>
        <translation>No rest day is worked this year.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Add a day off…</source>
        <translation>Add a day off…</translation>
    </message>
    <message>
        <source>Declare a working day…</source>
        <translation>Declare a working day…</translation>
    </message>
    <message>
        <source>Count this day</source>
        <translation>Count this day</translation>
    </message>
    <message>
        <source>Only days that bind every employer count: a day off wrongly counted would move a legal deadline later. Government: a bridge or swap day set for the civil service (e.g. Monday 31/08/2026 off for Saturday 22/08/2026). Unconfirmed: announced but not yet in the Labour Code (24 November, Vietnamese Culture Day). If your company observes such a day, select it and click “Count this day”. Removing a law holiday strikes it from the calendar until you restore it.</source>
        <translation>Only days that bind every employer count: a day off wrongly counted would move a legal deadline later. Government: a bridge or swap day set for the civil service (e.g. Monday 31/08/2026 off for Saturday 22/08/2026). Unconfirmed: announced but not yet in the Labour Code (24 November, Vietnamese Culture Day). If your company observes such a day, select it and click “Count this day”. Removing a law holiday strikes it from the calendar until you restore it.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesCard</name>
    <message>
        <source>The {0} most urgent of {1}; open the list for all of them.</source>
        <translation>The {0} most urgent of {1}; open the list for all of them.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>Open the list</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>From the register</source>
        <translation>From the register</translation>
    </message>
    <message>
        <source>From the catalogue (Decree 356)</source>
        <translation>From the catalogue (Decree 356)</translation>
    </message>
    <message>
        <source>Find an item, e.g. “CCCD”, “GPS”…</source>
        <translation>Find an item, e.g. “CCCD”, “GPS”…</translation>
    </message>
    <message>
        <source>Other data, not listed above (separate with ;)</source>
        <translation>Other data, not listed above (separate with ;)</translation>
    </message>
    <message>
        <source>e.g. Delivery notes; Call recordings</source>
        <translation>e.g. Delivery notes; Call recordings</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>{0} received, {1} answered or closed</source>
        <translation>{0} received, {1} answered or closed</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>The last 12 months</translation>
    </message>
</context>
<context>
    <name>CheckCard</name>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>The check verifies the file with SQLite, recomputes the hash chain of the audit trail and compares every record with its last audited state, so that edits made outside DPO Desk show up.</source>
        <translation>The check verifies the file with SQLite, recomputes the hash chain of the audit trail and compares every record with its last audited state, so that edits made outside DPO Desk show up.</translation>
    </message>
    <message>
        <source>{0} problem(s)</source>
        <translation>{0} problem(s)</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Last checked {0}: {1} problem(s) found.</source>
        <translation>Last checked {0}: {1} problem(s) found.</translation>
    </message>
    <message>
        <source>Last checked {0}: the file and its audit trail are intact.</source>
        <translation>Last checked {0}: the file and its audit trail are intact.</translation>
    </message>
    <message>
        <source>Integrity and audit trail</source>
        <translation>Integrity and audit trail</translation>
    </message>
    <message>
        <source>Check the database now</source>
        <translation>Check the database now</translation>
    </message>
</context>
<context>
    <name>CheckResultDialog</name>
    <message>
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message numerus="yes">
        <source>Read-only: %n problem(s) found</source>
        <translation>
            <numerusform>Read-only: %n problem found</numerusform>
            <numerusform>Read-only: %n problems found</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} was opened read-only: you can read and print, but nothing can be saved until the problems below are resolved. Restore a backup (File &gt; Restore); if you put an older copy back on purpose, restore it through File &gt; Restore so that this computer accepts it.</source>
        <translation>{0} was opened read-only: you can read and print, but nothing can be saved until the problems below are resolved. Restore a backup (File &gt; Restore); if you put an older copy back on purpose, restore it through File &gt; Restore so that this computer accepts it.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} does not match its audit trail or is damaged. Each problem below names the record and what differs. Restore a backup or investigate who changed the file outside DPO Desk.</source>
        <translation>{0} does not match its audit trail or is damaged. Each problem below names the record and what differs. Restore a backup or investigate who changed the file outside DPO Desk.</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>SQLite finds {0} intact, the audit trail&apos;s {1} entries form an unbroken hash chain, and every record matches its last audited state.</source>
        <translation>SQLite finds {0} intact, the audit trail&apos;s {1} entries form an unbroken hash chain, and every record matches its last audited state.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Required: why the request is rejected (it is told to the requester)</source>
        <translation>Required: why the request is rejected (it is told to the requester)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Optional note</translation>
    </message>
    <message>
        <source>Close · {0}</source>
        <translation>Close · {0}</translation>
    </message>
    <message>
        <source>A closed case is final. Only an answered case can be closed as completed.</source>
        <translation>A closed case is final. Only an answered case can be closed as completed.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>Select a case to see its facts, deadlines and timeline. Press Enter to work on it.</source>
        <translation>Select a case to see its facts, deadlines and timeline. Press Enter to work on it.</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>Due {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <source>Third party must act</source>
        <translation>Third party must act</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>Data concerned</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} on {1}</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>the deadline keeps running</source>
        <translation>the deadline keeps running</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>No reply written yet.</source>
        <translation>No reply written yet.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}; extended from {1}</source>
        <translation>{0}; extended from {1}</translation>
    </message>
    <message>
        <source>Company&apos;s promise</source>
        <translation>Company&apos;s promise</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <source>none for this kind of request</source>
        <translation>none for this kind of request</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>{0} (acknowledged: {1})</source>
        <translation>{0} (acknowledged: {1})</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>Acknowledge by</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>{0} · binding: {1}</source>
        <translation>{0} · binding: {1}</translation>
    </message>
    <message>
        <source>Original due date</source>
        <translation>Original due date</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): {0}</source>
        <translation>
            <numerusform>%n day: {0}</numerusform>
            <numerusform>%n days: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>No file attached.</translation>
    </message>
    <message>
        <source>Attach files to the case</source>
        <translation>Attach files to the case</translation>
    </message>
    <message>
        <source>Case recorded</source>
        <translation>Case recorded</translation>
    </message>
    <message>
        <source>Reply text saved</source>
        <translation>Reply text saved</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Identity check…</source>
        <translation>Identity check…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Put on hold…</source>
        <translation>Put on hold…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <source>Wait for the requester; the deadline keeps running</source>
        <translation>Wait for the requester; the deadline keeps running</translation>
    </message>
    <message>
        <source>Erase the requester&apos;s personal data from this closed case and its audit trail</source>
        <translation>Erase the requester&apos;s personal data from this closed case and its audit trail</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>Acknowledgement letter…</source>
        <translation>Acknowledgement letter…</translation>
    </message>
    <message>
        <source>The letter confirming receipt: case number, due date, the DPO&apos;s contact</source>
        <translation>The letter confirming receipt: case number, due date, the DPO&apos;s contact</translation>
    </message>
    <message>
        <source>Reply letter…</source>
        <translation>Reply letter…</translation>
    </message>
    <message>
        <source>The letter carrying the reply text of the case; a refusal gives its reasons and the requester&apos;s recourse</source>
        <translation>The letter carrying the reply text of the case; a refusal gives its reasons and the requester&apos;s recourse</translation>
    </message>
    <message>
        <source>Identity request…</source>
        <translation>Identity request…</translation>
    </message>
    <message>
        <source>The letter asking the requester to prove their identity</source>
        <translation>The letter asking the requester to prove their identity</translation>
    </message>
    <message>
        <source>Extension notice…</source>
        <translation>Extension notice…</translation>
    </message>
    <message>
        <source>The letter telling the requester of the extension, its reason and the new date</source>
        <translation>The letter telling the requester of the extension, its reason and the new date</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <source>Choose the kind of request to see its deadlines.</source>
        <translation>Choose the kind of request to see its deadlines.</translation>
    </message>
    <message>
        <source>Due: {0} (under Decree 356, Art. 5)</source>
        <translation>Due: {0} (under Decree 356, Art. 5)</translation>
    </message>
    <message>
        <source>Due: {0} (the company&apos;s promise and Decree 356, Art. 5)</source>
        <translation>Due: {0} (the company&apos;s promise and Decree 356, Art. 5)</translation>
    </message>
    <message>
        <source>Due: {0} (the company&apos;s promise)</source>
        <translation>Due: {0} (the company&apos;s promise)</translation>
    </message>
    <message numerus="yes">
        <source>Company&apos;s promise: {0} · %n working day(s)</source>
        <translation>
            <numerusform>Company&apos;s promise: {0} · %n working day</numerusform>
            <numerusform>Company&apos;s promise: {0} · %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Company&apos;s promise: {0} · %n calendar day(s)</source>
        <translation>
            <numerusform>Company&apos;s promise: {0} · %n calendar day</numerusform>
            <numerusform>Company&apos;s promise: {0} · %n calendar days</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal deadline: {0} · {1}</source>
        <translation>Legal deadline: {0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge receipt by: {0} · %n working day(s)</source>
        <translation>
            <numerusform>Acknowledge receipt by: {0} · %n working day</numerusform>
            <numerusform>Acknowledge receipt by: {0} · %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Received before 2026: Decree 13/2023 set no fixed deadline for this kind; only the company&apos;s promise applies.</source>
        <translation>Received before 2026: Decree 13/2023 set no fixed deadline for this kind; only the company&apos;s promise applies.</translation>
    </message>
    <message>
        <source>The law sets no deadline for this kind: only the company&apos;s promise applies.</source>
        <translation>The law sets no deadline for this kind: only the company&apos;s promise applies.</translation>
    </message>
    <message>
        <source>New complaint or request</source>
        <translation>New complaint or request</translation>
    </message>
    <message>
        <source>Record the case as it was received. The deadlines follow from the date of receipt, the kind of request and the company&apos;s promise in Settings.</source>
        <translation>Record the case as it was received. The deadlines follow from the date of receipt, the kind of request and the company&apos;s promise in Settings.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <source>Data concerned (from the register)</source>
        <translation>Data concerned (from the register)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Full name, e.g. Nguyễn Văn An</source>
        <translation>Full name, e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Email, phone or address</source>
        <translation>Email, phone or address</translation>
    </message>
    <message>
        <source>A processor or third party must act</source>
        <translation>A processor or third party must act</translation>
    </message>
    <message>
        <source>Decree 356 allows a longer deadline when a processor or another party must act.</source>
        <translation>Decree 356 allows a longer deadline when a processor or another party must act.</translation>
    </message>
    <message>
        <source>e.g. Asks for a copy of all order history held about her</source>
        <translation>e.g. Asks for a copy of all order history held about her</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>New case from e-mail</source>
        <translation>New case from e-mail</translation>
    </message>
    <message>
        <source>Received on {0}, as the message&apos;s date says: check it.</source>
        <translation>Received on {0}, as the message&apos;s date says: check it.</translation>
    </message>
    <message>
        <source>The message has no usable date: enter the day it was received.</source>
        <translation>The message has no usable date: enter the day it was received.</translation>
    </message>
    <message>
        <source>From {0}. {1} Choose the kind of request and its complexity. Kept with the case (SHA-256): {2}.</source>
        <translation>From {0}. {1} Choose the kind of request and its complexity. Kept with the case (SHA-256): {2}.</translation>
    </message>
</context>
<context>
    <name>ComplaintWords</name>
    <message>
        <source>Access (view data)</source>
        <translation>Access (view data)</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Copy of the data</source>
        <translation>Copy of the data</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <source>Object to processing</source>
        <translation>Object to processing</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Protection measures</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>Other request</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Checking identity</source>
        <translation>Checking identity</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>On hold (deadline still running)</source>
        <translation>On hold (deadline still running)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Other channel</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>Identity not verified</translation>
    </message>
    <message>
        <source>Withdrawn by the requester</source>
        <translation>Withdrawn by the requester</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Complex</translation>
    </message>
    <message>
        <source>Company policy</source>
        <translation>Company policy</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled on time</source>
        <translation>Settled on time</translation>
    </message>
    <message numerus="yes">
        <source>Settled %n day(s) late</source>
        <translation>
            <numerusform>Settled %n day late</numerusform>
            <numerusform>Settled %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt not acknowledged: it was due by {0} (2 working days, Decree 356 Art. 5).</source>
        <translation>Receipt not acknowledged: it was due by {0} (2 working days, Decree 356 Art. 5).</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Binds</source>
        <translation>Binds</translation>
    </message>
    <message>
        <source>{0} · not acknowledged</source>
        <translation>{0} · not acknowledged</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Waiting: {0}
The deadline keeps running while the case is on hold.</source>
        <translation>Waiting: {0}
The deadline keeps running while the case is on hold.</translation>
    </message>
    <message>
        <source>Extended from {0}: {1}</source>
        <translation>Extended from {0}: {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Binding: {0}
Company&apos;s promise: {1}
Legal deadline: {2}</source>
        <translation>Binding: {0}
Company&apos;s promise: {1}
Legal deadline: {2}</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>Complaints and requests</source>
        <translation>Complaints and requests</translation>
    </message>
    <message>
        <source>Complaints and data-subject requests, each answered within its deadline.</source>
        <translation>Complaints and data-subject requests, each answered within its deadline.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: this case was changed elsewhere (another window or program). It has been reloaded; check it and try again.</source>
        <translation>Not done: this case was changed elsewhere (another window or program). It has been reloaded; check it and try again.</translation>
    </message>
    <message>
        <source>Case #{0} is now “{1}” and no longer matches the filters.</source>
        <translation>Case #{0} is now “{1}” and no longer matches the filters.</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Show it</translation>
    </message>
    <message>
        <source>New case from e-mail</source>
        <translation>New case from e-mail</translation>
    </message>
    <message>
        <source>Saved e-mails (*.eml *.msg);;All files (*)</source>
        <translation>Saved e-mails (*.eml *.msg);;All files (*)</translation>
    </message>
    <message>
        <source>Not taken in</source>
        <translation>Not taken in</translation>
    </message>
    <message>
        <source>These files were not taken in; nothing was saved from them.</source>
        <translation>These files were not taken in; nothing was saved from them.</translation>
    </message>
    <message>
        <source>Search name, contact, summary or #number… (Ctrl+F)</source>
        <translation>Search name, contact, summary or #number… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Open (deadline running)</source>
        <translation>Open (deadline running)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Not acknowledged</translation>
    </message>
    <message>
        <source>Open cases whose receipt was not acknowledged within 2 working days</source>
        <translation>Open cases whose receipt was not acknowledged within 2 working days</translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation>Hide names</translation>
    </message>
    <message>
        <source>Mask requesters&apos; names and contacts, e.g. while sharing the screen</source>
        <translation>Mask requesters&apos; names and contacts, e.g. while sharing the screen</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Record the first case…</source>
        <translation>Record the first case…</translation>
    </message>
    <message>
        <source>No complaints or requests yet</source>
        <translation>No complaints or requests yet</translation>
    </message>
    <message>
        <source>Record each complaint or data-subject request as it arrives: the deadlines under Decree 356 and the company&apos;s promise are computed for you, and every step is kept in the case&apos;s timeline.</source>
        <translation>Record each complaint or data-subject request as it arrives: the deadlines under Decree 356 and the company&apos;s promise are computed for you, and every step is kept in the case&apos;s timeline.</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The record was changed elsewhere. Reload it.</source>
        <translation>The record was changed elsewhere. Reload it.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>CustomItemDialog</name>
    <message>
        <source>Add your own data item</source>
        <translation>Add your own data item</translation>
    </message>
    <message>
        <source>For data the catalogue of Decree 356 does not list. The item is kept in this database and offered in every entry of the register.</source>
        <translation>For data the catalogue of Decree 356 does not list. The item is kept in this database and offered in every entry of the register.</translation>
    </message>
    <message>
        <source>Name of the data item</source>
        <translation>Name of the data item</translation>
    </message>
    <message>
        <source>e.g. Shoe size</source>
        <translation>e.g. Shoe size</translation>
    </message>
    <message>
        <source>Kind of personal data</source>
        <translation>Kind of personal data</translation>
    </message>
    <message>
        <source>Basic personal data</source>
        <translation>Basic personal data</translation>
    </message>
    <message>
        <source>Sensitive personal data (Decree 356, Art. 4)</source>
        <translation>Sensitive personal data (Decree 356, Art. 4)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Not acknowledged</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled on time</source>
        <translation>Settled on time</translation>
    </message>
    <message>
        <source>Complaints and requests</source>
        <translation>Complaints and requests</translation>
    </message>
    <message>
        <source>No complaint or request has been recorded yet. When you record one under Complaints &amp; requests, its deadline, the cases overdue or due soon and the figures of the last twelve months appear here.</source>
        <translation>No complaint or request has been recorded yet. When you record one under Complaints &amp; requests, its deadline, the cases overdue or due soon and the figures of the last twelve months appear here.</translation>
    </message>
    <message>
        <source>Receipt not acknowledged</source>
        <translation>Receipt not acknowledged</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>Acknowledge by</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <source>Nothing falls due in the next two days.</source>
        <translation>Nothing falls due in the next two days.</translation>
    </message>
    <message>
        <source>Every request was acknowledged in time.</source>
        <translation>Every request was acknowledged in time.</translation>
    </message>
    <message>
        <source>of {0} recorded</source>
        <translation>of {0} recorded</translation>
    </message>
    <message>
        <source>past the binding due date</source>
        <translation>past the binding due date</translation>
    </message>
    <message>
        <source>Go to complaints and requests</source>
        <translation>Go to complaints and requests</translation>
    </message>
    <message>
        <source>from today to the day after tomorrow</source>
        <translation>from today to the day after tomorrow</translation>
    </message>
    <message>
        <source>none settled in 12 months</source>
        <translation>none settled in 12 months</translation>
    </message>
    <message>
        <source>{0} of {1} settled in 12 months</source>
        <translation>{0} of {1} settled in 12 months</translation>
    </message>
    <message>
        <source>Every running clock of your data protection desk.</source>
        <translation>Every running clock of your data protection desk.</translation>
    </message>
    <message>
        <source>past the 2 working days to acknowledge</source>
        <translation>past the 2 working days to acknowledge</translation>
    </message>
</context>
<context>
    <name>DatabaseCard</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} by {1}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) older than %1 years: erase their personal data</source>
        <translation>
            <numerusform>%n closed case older than %1 years: erase its personal data</numerusform>
            <numerusform>%n closed cases older than %1 years: erase their personal data</numerusform>
        </translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add a day off</source>
        <translation>Add a day off</translation>
    </message>
    <message>
        <source>A day nobody works, e.g. a bridge day the Prime Minister announced or the company&apos;s own holiday. Deadlines that end on it move to the next working day.</source>
        <translation>A day nobody works, e.g. a bridge day the Prime Minister announced or the company&apos;s own holiday. Deadlines that end on it move to the next working day.</translation>
    </message>
    <message>
        <source>e.g. Day off after National Day</source>
        <translation>e.g. Day off after National Day</translation>
    </message>
    <message>
        <source>Declare a working day</source>
        <translation>Declare a working day</translation>
    </message>
    <message>
        <source>A weekly rest day that is worked, e.g. a Saturday swapped for a bridge day. It counts as a working day for every deadline.</source>
        <translation>A weekly rest day that is worked, e.g. a Saturday swapped for a bridge day. It counts as a working day for every deadline.</translation>
    </message>
    <message>
        <source>e.g. Working Saturday for 2 September</source>
        <translation>e.g. Working Saturday for 2 September</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>This letter is dated {0}, after its deadline {1}. It carries the date of the step it belongs to (today while that step is not recorded); record the step with the day it happened if it was done in time.</source>
        <translation>This letter is dated {0}, after its deadline {1}. It carries the date of the step it belongs to (today while that step is not recorded); record the step with the day it happened if it was done in time.</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>The document could not be made</translation>
    </message>
    <message>
        <source>The case has no reply text yet</source>
        <translation>The case has no reply text yet</translation>
    </message>
    <message>
        <source>A reply letter carries the DPO&apos;s reply. Write it first with “Answer…” on the case, then make the letter again.</source>
        <translation>A reply letter carries the DPO&apos;s reply. Write it first with “Answer…” on the case, then make the letter again.</translation>
    </message>
    <message>
        <source>Facts are missing for this document</source>
        <translation>Facts are missing for this document</translation>
    </message>
    <message>
        <source>The law requires these facts in the document; they are not recorded yet:</source>
        <translation>The law requires these facts in the document; they are not recorded yet:</translation>
    </message>
    <message>
        <source>Record them with “Edit facts…”; the company&apos;s details are under Settings.</source>
        <translation>Record them with “Edit facts…”; the company&apos;s details are under Settings.</translation>
    </message>
    <message>
        <source>Fill in the company profile under Settings.</source>
        <translation>Fill in the company profile under Settings.</translation>
    </message>
    <message>
        <source>Or generate a draft now: every page is marked as a draft and each missing fact is marked where it goes.</source>
        <translation>Or generate a draft now: every page is marked as a draft and each missing fact is marked where it goes.</translation>
    </message>
    <message>
        <source>Draft: marked as a draft on every page. Do not send it; fill in the missing facts and make the document again.</source>
        <translation>Draft: marked as a draft on every page. Do not send it; fill in the missing facts and make the document again.</translation>
    </message>
    <message>
        <source>Missing: {0}.</source>
        <translation>Missing: {0}.</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt · case #{0}</source>
        <translation>Acknowledgement of receipt · case #{0}</translation>
    </message>
    <message>
        <source>Reply letter · case #{0}</source>
        <translation>Reply letter · case #{0}</translation>
    </message>
    <message>
        <source>Extension notice · case #{0}</source>
        <translation>Extension notice · case #{0}</translation>
    </message>
    <message>
        <source>Identity request · case #{0}</source>
        <translation>Identity request · case #{0}</translation>
    </message>
    <message>
        <source>Notice to the authority (Mẫu số {0}) · incident #{1}</source>
        <translation>Notice to the authority (Mẫu số {0}) · incident #{1}</translation>
    </message>
    <message>
        <source>Minutes confirming the violation · incident #{0}</source>
        <translation>Minutes confirming the violation · incident #{0}</translation>
    </message>
    <message>
        <source>Notice to the people affected · incident #{0}</source>
        <translation>Notice to the people affected · incident #{0}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Official documents are sent in Vietnamese; English is a translation for internal use.</source>
        <translation>Official documents are sent in Vietnamese; English is a translation for internal use.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Generate a draft anyway</source>
        <translation>Generate a draft anyway</translation>
    </message>
    <message>
        <source>Edit facts…</source>
        <translation>Edit facts…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data · {0}</source>
        <translation>Erase personal data · {0}</translation>
    </message>
    <message>
        <source>The requester&apos;s name and contact, the summary, the reply, the identity check&apos;s method, the reasons written on the case and its attached files are erased from the case and from its audit trail, for good. Dates, kind, status and outcome stay for the statistics; the audit trail keeps the hashes of what was erased and records who erased it and why. This cannot be undone; backups made before keep the data.</source>
        <translation>The requester&apos;s name and contact, the summary, the reply, the identity check&apos;s method, the reasons written on the case and its attached files are erased from the case and from its audit trail, for good. Dates, kind, status and outcome stay for the statistics; the audit trail keeps the hashes of what was erased and records who erased it and why. This cannot be undone; backups made before keep the data.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. Retention period over; the requester asked for erasure</source>
        <translation>e.g. Retention period over; the requester asked for erasure</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>The notice to the Ministry lists the documents sent with it by their titles; the minutes are always listed.</source>
        <translation>The notice to the Ministry lists the documents sent with it by their titles; the minutes are always listed.</translation>
    </message>
    <message>
        <source>e.g. Access log of the backup server</source>
        <translation>e.g. Access log of the backup server</translation>
    </message>
    <message>
        <source>Send with the notice to the authority</source>
        <translation>Send with the notice to the authority</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ExposedItems</name>
    <message>
        <source>{0} (own item, not in the catalogue)</source>
        <translation>{0} (own item, not in the catalogue)</translation>
    </message>
    <message>
        <source>What this breach exposed: the notice to the Ministry, the minutes and the people&apos;s notice list these items only. Pre-filled from the register entries above; untick what was not exposed, add what is missing.</source>
        <translation>What this breach exposed: the notice to the Ministry, the minutes and the people&apos;s notice list these items only. Pre-filled from the register entries above; untick what was not exposed, add what is missing.</translation>
    </message>
    <message>
        <source>Add an item, e.g. “GPS”, “họ tên”, “số CCCD”…</source>
        <translation>Add an item, e.g. “GPS”, “họ tên”, “số CCCD”…</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Confirmed: these are the items this breach exposed (until then the documents are drafts)</source>
        <translation>Confirmed: these are the items this breach exposed (until then the documents are drafts)</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>New due date: &lt;b&gt;{0}&lt;/b&gt; (originally {1})</source>
        <translation>New due date: &lt;b&gt;{0}&lt;/b&gt; (originally {1})</translation>
    </message>
    <message>
        <source>Extend · {0}</source>
        <translation>Extend · {0}</translation>
    </message>
    <message>
        <source>A case may be extended once. The reason is told to the requester; the original due date stays on the record.</source>
        <translation>A case may be extended once. The reason is told to the requester; the original due date stays on the record.</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>At most {0} days ({1}).</source>
        <translation>At most {0} days ({1}).</translation>
    </message>
    <message>
        <source>At most {0} days (company practice: the law sets no extension for this kind).</source>
        <translation>At most {0} days (company practice: the law sets no extension for this kind).</translation>
    </message>
    <message>
        <source>e.g. The data must be collected from our delivery partner</source>
        <translation>e.g. The data must be collected from our delivery partner</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
</context>
<context>
    <name>FactNames</name>
    <message>
        <source>Company profile: the DPO&apos;s phone or email</source>
        <translation>Company profile: the DPO&apos;s phone or email</translation>
    </message>
    <message>
        <source>Company profile: {0}</source>
        <translation>Company profile: {0}</translation>
    </message>
    <message>
        <source>The reply text of the case</source>
        <translation>The reply text of the case</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Welcome to DPO Desk</source>
        <translation>Welcome to DPO Desk</translation>
    </message>
    <message>
        <source>Before you start, tell DPO Desk who the company is and who is responsible for data protection. These facts go on every notice to the Ministry of Public Security and every letter to a data subject. You can change them later in Settings.</source>
        <translation>Before you start, tell DPO Desk who the company is and who is responsible for data protection. These facts go on every notice to the Ministry of Public Security and every letter to a data subject. You can change them later in Settings.</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>FormFrame</name>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Put on hold · {0}</source>
        <translation>Put on hold · {0}</translation>
    </message>
    <message>
        <source>The case waits for the requester (for example a missing document). The due date {0} does not move: the legal deadline keeps running while the case is on hold.</source>
        <translation>The case waits for the requester (for example a missing document). The due date {0} does not move: the legal deadline keeps running while the case is on hold.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. Waiting for a copy of the ID card</source>
        <translation>e.g. Waiting for a copy of the ID card</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity check · {0}</source>
        <translation>Identity check · {0}</translation>
    </message>
    <message>
        <source>A request about a person&apos;s own data needs their identity verified. Who checked and when is recorded; the deadline keeps running meanwhile.</source>
        <translation>A request about a person&apos;s own data needs their identity verified. Who checked and when is recorded; the deadline keeps running meanwhile.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Citizen ID card (CCCD) checked in person</source>
        <translation>Citizen ID card (CCCD) checked in person</translation>
    </message>
    <message>
        <source>Reply from the email address we hold</source>
        <translation>Reply from the email address we hold</translation>
    </message>
    <message>
        <source>Call back to the phone number we hold</source>
        <translation>Call back to the phone number we hold</translation>
    </message>
    <message>
        <source>VNeID electronic identification</source>
        <translation>VNeID electronic identification</translation>
    </message>
    <message>
        <source>Choose or describe the method</source>
        <translation>Choose or describe the method</translation>
    </message>
    <message>
        <source>Then start work on the case ({0})</source>
        <translation>Then start work on the case ({0})</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>Record the check</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>No incident selected</source>
        <translation>No incident selected</translation>
    </message>
    <message>
        <source>Authority notice (Mẫu {0})…</source>
        <translation>Authority notice (Mẫu {0})…</translation>
    </message>
    <message>
        <source>Minutes (final)…</source>
        <translation>Minutes (final)…</translation>
    </message>
    <message>
        <source>The minutes as they were signed, kept with their SHA-256</source>
        <translation>The minutes as they were signed, kept with their SHA-256</translation>
    </message>
    <message>
        <source>Notice to the Ministry of Public Security by {0} ({1}): {2}</source>
        <translation>Notice to the Ministry of Public Security by {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Involves {0}: tell the people affected by {1} (Decree 356, Art. 29): {2}</source>
        <translation>Involves {0}: tell the people affected by {1} (Decree 356, Art. 29): {2}</translation>
    </message>
    <message>
        <source>Company profile: DPO&apos;s phone or email</source>
        <translation>Company profile: DPO&apos;s phone or email</translation>
    </message>
    <message>
        <source>Company profile: {0}</source>
        <translation>Company profile: {0}</translation>
    </message>
    <message>
        <source>The notice to the authority still lacks: {0}</source>
        <translation>The notice to the authority still lacks: {0}</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>not in the register</translation>
    </message>
    <message>
        <source>catalogue item</source>
        <translation>catalogue item</translation>
    </message>
    <message>
        <source>proposed from the register, not confirmed</source>
        <translation>proposed from the register, not confirmed</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Select an incident to see its facts, timeline and evidence, or record a new one (Ctrl+N).</source>
        <translation>Select an incident to see its facts, timeline and evidence, or record a new one (Ctrl+N).</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Incident logged</source>
        <translation>Incident logged</translation>
    </message>
    <message>
        <source>Facts edited</source>
        <translation>Facts edited</translation>
    </message>
    <message>
        <source>recorded {0}</source>
        <translation>recorded {0}</translation>
    </message>
    <message>
        <source>Timeline ({0})</source>
        <translation>Timeline ({0})</translation>
    </message>
    <message>
        <source>Notice to the authority, as sent</source>
        <translation>Notice to the authority, as sent</translation>
    </message>
    <message>
        <source>Minutes, final as signed</source>
        <translation>Minutes, final as signed</translation>
    </message>
    <message>
        <source>Notice to the people affected, as sent</source>
        <translation>Notice to the people affected, as sent</translation>
    </message>
    <message>
        <source>The file matches its SHA-256 hash.</source>
        <translation>The file matches its SHA-256 hash.</translation>
    </message>
    <message>
        <source>The file no longer matches its SHA-256 hash: it was altered after it was attached.</source>
        <translation>The file no longer matches its SHA-256 hash: it was altered after it was attached.</translation>
    </message>
    <message>
        <source>Evidence files ({0})</source>
        <translation>Evidence files ({0})</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Attach evidence files</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Some files were not attached</translation>
    </message>
    <message>
        <source>The file was not removed</source>
        <translation>The file was not removed</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Remove the file</translation>
    </message>
    <message>
        <source>Remove “{0}” from the evidence of this incident? The removal is kept in the audit log.</source>
        <translation>Remove “{0}” from the evidence of this incident? The removal is kept in the audit log.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Edit facts…</source>
        <translation>Edit facts…</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Assess…</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contained</translation>
    </message>
    <message>
        <source>Notify authority…</source>
        <translation>Notify authority…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Record whether the breach must be notified, and why</source>
        <translation>Record whether the breach must be notified, and why</translation>
    </message>
    <message>
        <source>The breach is stopped and contained</source>
        <translation>The breach is stopped and contained</translation>
    </message>
    <message>
        <source>Record the notice sent to the Ministry of Public Security</source>
        <translation>Record the notice sent to the Ministry of Public Security</translation>
    </message>
    <message>
        <source>Close the incident</source>
        <translation>Close the incident</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>The notice to the Ministry of Public Security on the official form: Mẫu số 08 (Law 91), Mẫu số 03 for incidents before 2026 (Decree 13)</source>
        <translation>The notice to the Ministry of Public Security on the official form: Mẫu số 08 (Law 91), Mẫu số 03 for incidents before 2026 (Decree 13)</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Minutes…</translation>
    </message>
    <message>
        <source>The minutes confirming the violation, for the parties to sign</source>
        <translation>The minutes confirming the violation, for the parties to sign</translation>
    </message>
    <message>
        <source>Subjects notified…</source>
        <translation>Subjects notified…</translation>
    </message>
    <message>
        <source>Record when the people affected were told, and keep the notice as sent</source>
        <translation>Record when the people affected were told, and keep the notice as sent</translation>
    </message>
    <message>
        <source>Finalise minutes…</source>
        <translation>Finalise minutes…</translation>
    </message>
    <message>
        <source>Keep the minutes as signed, with their SHA-256: from then on they are never drawn up again, and the packet carries them</source>
        <translation>Keep the minutes as signed, with their SHA-256: from then on they are never drawn up again, and the packet carries them</translation>
    </message>
    <message>
        <source>Subject notice…</source>
        <translation>Subject notice…</translation>
    </message>
    <message>
        <source>The notice to the people whose data were affected</source>
        <translation>The notice to the people whose data were affected</translation>
    </message>
    <message>
        <source>Public notice…</source>
        <translation>Public notice…</translation>
    </message>
    <message>
        <source>The text of a notice for the website or app, to copy</source>
        <translation>The text of a notice for the website or app, to copy</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Packet</translation>
    </message>
    <message>
        <source>Export packet…</source>
        <translation>Export packet…</translation>
    </message>
    <message>
        <source>Everything about the incident in one zip whose files carry their SHA-256 hashes</source>
        <translation>Everything about the incident in one zip whose files carry their SHA-256 hashes</translation>
    </message>
    <message>
        <source>Verify packet…</source>
        <translation>Verify packet…</translation>
    </message>
    <message>
        <source>Check that no file of a packet was added, removed or altered</source>
        <translation>Check that no file of a packet was added, removed or altered</translation>
    </message>
    <message>
        <source>The incident packet: export it as a zip, or verify one received back</source>
        <translation>The incident packet: export it as a zip, or verify one received back</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Title…</source>
        <translation>Title…</translation>
    </message>
    <message>
        <source>The title the notice lists it by, and whether it is sent with the notice</source>
        <translation>The title the notice lists it by, and whether it is sent with the notice</translation>
    </message>
    <message>
        <source>Drop files onto this pane to attach them as evidence. Each is kept in the database with its SHA-256 hash.</source>
        <translation>Drop files onto this pane to attach them as evidence. Each is kept in the database with its SHA-256 hash.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Title / sent with the notice</source>
        <translation>Title / sent with the notice</translation>
    </message>
    <message>
        <source>Intact: the stored file still matches the SHA-256 hash taken when it was attached</source>
        <translation>Intact: the stored file still matches the SHA-256 hash taken when it was attached</translation>
    </message>
</context>
<context>
    <name>IncidentFormDialog</name>
    <message>
        <source>The minutes are drawn up from the meeting that confirmed the violation: when and where it was held, who took part (one per line: name, role), what it found. The decision is the harm assessment.</source>
        <translation>The minutes are drawn up from the meeting that confirmed the violation: when and where it was held, who took part (one per line: name, role), what it found. The decision is the harm assessment.</translation>
    </message>
    <message>
        <source>The minutes are final (kept as signed): their facts no longer change.</source>
        <translation>The minutes are final (kept as signed): their facts no longer change.</translation>
    </message>
    <message>
        <source>Notify by: {0} — {1}</source>
        <translation>Notify by: {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n categories chosen.</source>
        <translation>
            <numerusform>%n category chosen.</numerusform>
            <numerusform>%n categories chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items exposed.</source>
        <translation>
            <numerusform>%n item exposed.</numerusform>
            <numerusform>%n items exposed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive personal data: {0}.</source>
        <translation>Sensitive personal data: {0}.</translation>
    </message>
    <message>
        <source>Sensitive personal data (marked by you).</source>
        <translation>Sensitive personal data (marked by you).</translation>
    </message>
    <message>
        <source>Basic personal data only.</source>
        <translation>Basic personal data only.</translation>
    </message>
    <message>
        <source>Involves {0}: tell the people affected by {1} (Decree 356, Art. 29).</source>
        <translation>Involves {0}: tell the people affected by {1} (Decree 356, Art. 29).</translation>
    </message>
    <message>
        <source>Involves {0}.</source>
        <translation>Involves {0}.</translation>
    </message>
    <message>
        <source>Not in the register: {0}. Add them to the register so that it stays complete.</source>
        <translation>Not in the register: {0}. Add them to the register so that it stays complete.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Edit the facts of the incident</source>
        <translation>Edit the facts of the incident</translation>
    </message>
    <message>
        <source>The facts of the personal data breach, as the notice to the Ministry of Public Security needs them. Times are local time ({0}). Fields marked * are required.</source>
        <translation>The facts of the personal data breach, as the notice to the Ministry of Public Security needs them. Times are local time ({0}). Fields marked * are required.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Personal data concerned</source>
        <translation>Personal data concerned</translation>
    </message>
    <message>
        <source>Consequences and remedies</source>
        <translation>Consequences and remedies</translation>
    </message>
    <message>
        <source>Late notice</source>
        <translation>Late notice</translation>
    </message>
    <message>
        <source>Correction after the notice was sent</source>
        <translation>Correction after the notice was sent</translation>
    </message>
    <message>
        <source>The notice to the authority was sent on {0}. Changing a fact it states is a correction: give its reason, kept in the timeline. The notice kept as sent does not change; send a supplementary notice if the Ministry must know.</source>
        <translation>The notice to the authority was sent on {0}. Changing a fact it states is a correction: give its reason, kept in the timeline. The notice kept as sent does not change; send a supplementary notice if the Ministry must know.</translation>
    </message>
    <message>
        <source>Judge the lateness again from the corrected times (now: {0})</source>
        <translation>Judge the lateness again from the corrected times (now: {0})</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>e.g. The server log shows the breach was discovered earlier</source>
        <translation>e.g. The server log shows the breach was discovered earlier</translation>
    </message>
    <message>
        <source>Minutes confirming the violation</source>
        <translation>Minutes confirming the violation</translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation>Not held yet</translation>
    </message>
    <message>
        <source>e.g. Customer list sent to the wrong recipient</source>
        <translation>e.g. Customer list sent to the wrong recipient</translation>
    </message>
    <message>
        <source>e.g. Order system, Ho Chi Minh City office</source>
        <translation>e.g. Order system, Ho Chi Minh City office</translation>
    </message>
    <message>
        <source>What was done to the data, how it was discovered</source>
        <translation>What was done to the data, how it was discovered</translation>
    </message>
    <message>
        <source>e.g. Wrong access settings, stolen laptop</source>
        <translation>e.g. Wrong access settings, stolen laptop</translation>
    </message>
    <message>
        <source>e.g. The hosting provider (processor)</source>
        <translation>e.g. The hosting provider (processor)</translation>
    </message>
    <message>
        <source>Who reported it</source>
        <translation>Who reported it</translation>
    </message>
    <message>
        <source>Harm or risks for the people concerned</source>
        <translation>Harm or risks for the people concerned</translation>
    </message>
    <message>
        <source>How serious it is for them, e.g. Serious: the couriers&apos; home-to-work routes can be traced</source>
        <translation>How serious it is for them, e.g. Serious: the couriers&apos; home-to-work routes can be traced</translation>
    </message>
    <message>
        <source>What has been done to stop and remedy it</source>
        <translation>What has been done to stop and remedy it</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>Required when the notice is sent after the deadline</source>
        <translation>Required when the notice is sent after the deadline</translation>
    </message>
    <message>
        <source>e.g. Meeting room, head office</source>
        <translation>e.g. Meeting room, head office</translation>
    </message>
    <message>
        <source>What the meeting established</source>
        <translation>What the meeting established</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Time unknown</translation>
    </message>
    <message>
        <source>Treat as sensitive even though no category listed is</source>
        <translation>Treat as sensitive even though no category listed is</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. Ms Lê Hoàng Yến, person in charge of data protection</source>
        <translation>e.g. Ms Lê Hoàng Yến, person in charge of data protection</translation>
    </message>
</context>
<context>
    <name>IncidentReminderDialog</name>
    <message numerus="yes">
        <source>%n breach notice(s) to the Ministry of Public Security not sent yet</source>
        <translation>
            <numerusform>%n breach notice to the Ministry of Public Security not sent yet</numerusform>
            <numerusform>%n breach notices to the Ministry of Public Security not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Breach notices to send</source>
        <translation>Breach notices to send</translation>
    </message>
    <message>
        <source>72-hour deadline</source>
        <translation>72-hour deadline</translation>
    </message>
    <message>
        <source>The notice is due 72 hours after discovery (Law 91/2025, Art. 23); a late notice must give the reason for the delay.</source>
        <translation>The notice is due 72 hours after discovery (Law 91/2025, Art. 23); a late notice must give the reason for the delay.</translation>
    </message>
    <message>
        <source>Open the incidents</source>
        <translation>Open the incidents</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>Notify by</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>IncidentStepDialog</name>
    <message>
        <source>Deadline {0}: a notice sent at this time is late by {1}. Give the reason for the delay; it is printed on the notice.</source>
        <translation>Deadline {0}: a notice sent at this time is late by {1}. Give the reason for the delay; it is printed on the notice.</translation>
    </message>
    <message>
        <source>Deadline {0}: a notice sent at this time is on time.</source>
        <translation>Deadline {0}: a notice sent at this time is on time.</translation>
    </message>
    <message>
        <source>No deadline: the breach involves no location or biometric data (Decree 356, Art. 29).</source>
        <translation>No deadline: the breach involves no location or biometric data (Decree 356, Art. 29).</translation>
    </message>
    <message>
        <source>Deadline {0} (Decree 356, Art. 29): a notice sent at this time is late.</source>
        <translation>Deadline {0} (Decree 356, Art. 29): a notice sent at this time is late.</translation>
    </message>
    <message>
        <source>Deadline {0} (Decree 356, Art. 29): a notice sent at this time is on time.</source>
        <translation>Deadline {0} (Decree 356, Art. 29): a notice sent at this time is on time.</translation>
    </message>
    <message>
        <source>The notice as it was sent</source>
        <translation>The notice as it was sent</translation>
    </message>
    <message>
        <source>Not recorded: the incident was changed elsewhere meanwhile. Close and check it.</source>
        <translation>Not recorded: the incident was changed elsewhere meanwhile. Close and check it.</translation>
    </message>
    <message>
        <source>Not recorded: correct the fields marked in red.</source>
        <translation>Not recorded: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Assess the incident</source>
        <translation>Assess the incident</translation>
    </message>
    <message>
        <source>Assess: {0}</source>
        <translation>Assess: {0}</translation>
    </message>
    <message>
        <source>Notify the Ministry of Public Security when the breach may harm national defence, security, public order, or a person&apos;s life, health, honour, dignity or property (Law 91/2025, Art. 23). Record the decision and why.</source>
        <translation>Notify the Ministry of Public Security when the breach may harm national defence, security, public order, or a person&apos;s life, health, honour, dignity or property (Law 91/2025, Art. 23). Record the decision and why.</translation>
    </message>
    <message>
        <source>e.g. Bank details of 86 employees exposed: risk to their property</source>
        <translation>e.g. Bank details of 86 employees exposed: risk to their property</translation>
    </message>
    <message>
        <source>Record the assessment</source>
        <translation>Record the assessment</translation>
    </message>
    <message>
        <source>Notice to the people affected: {0}</source>
        <translation>Notice to the people affected: {0}</translation>
    </message>
    <message>
        <source>Record when the people whose data were affected were told. The notice is kept as sent: give the file that was sent, or it is made now from the facts.</source>
        <translation>Record when the people whose data were affected were told. The notice is kept as sent: give the file that was sent, or it is made now from the facts.</translation>
    </message>
    <message>
        <source>Notice to the people affected</source>
        <translation>Notice to the people affected</translation>
    </message>
    <message>
        <source>Notice to the authority</source>
        <translation>Notice to the authority</translation>
    </message>
    <message>
        <source>Notice to the authority: {0}</source>
        <translation>Notice to the authority: {0}</translation>
    </message>
    <message>
        <source>Record when and how the notice reached the specialised personal data protection agency of the Ministry of Public Security.</source>
        <translation>Record when and how the notice reached the specialised personal data protection agency of the Ministry of Public Security.</translation>
    </message>
    <message>
        <source>Sent at *</source>
        <translation>Sent at *</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. The scope of the data had to be checked with the cloud provider</source>
        <translation>e.g. The scope of the data had to be checked with the cloud provider</translation>
    </message>
    <message>
        <source>File as sent</source>
        <translation>File as sent</translation>
    </message>
    <message>
        <source>Empty: made from the facts</source>
        <translation>Empty: made from the facts</translation>
    </message>
    <message>
        <source>Empty: the notice is made now from the facts and kept as sent</source>
        <translation>Empty: the notice is made now from the facts and kept as sent</translation>
    </message>
    <message>
        <source>Record the notice</source>
        <translation>Record the notice</translation>
    </message>
    <message>
        <source>the portal&apos;s or agency&apos;s receipt code, if given</source>
        <translation>the portal&apos;s or agency&apos;s receipt code, if given</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IncidentWords</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <source>Discovered at</source>
        <translation>Discovered at</translation>
    </message>
    <message>
        <source>Place or system</source>
        <translation>Place or system</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Organisations or persons involved</source>
        <translation>Organisations or persons involved</translation>
    </message>
    <message>
        <source>Personal data concerned</source>
        <translation>Personal data concerned</translation>
    </message>
    <message>
        <source>Items exposed</source>
        <translation>Items exposed</translation>
    </message>
    <message>
        <source>Minutes: meeting held at</source>
        <translation>Minutes: meeting held at</translation>
    </message>
    <message>
        <source>Minutes: place</source>
        <translation>Minutes: place</translation>
    </message>
    <message>
        <source>Minutes: participants</source>
        <translation>Minutes: participants</translation>
    </message>
    <message>
        <source>Minutes: findings</source>
        <translation>Minutes: findings</translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation>Sensitive data</translation>
    </message>
    <message>
        <source>Number of data subjects</source>
        <translation>Number of data subjects</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Number of records</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <source>Severity for the people affected</source>
        <translation>Severity for the people affected</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>Measures planned</source>
        <translation>Measures planned</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Reason for the late notice</source>
        <translation>Reason for the late notice</translation>
    </message>
    <message>
        <source>Harm assessment</source>
        <translation>Harm assessment</translation>
    </message>
    <message>
        <source>Reason for the assessment</source>
        <translation>Reason for the assessment</translation>
    </message>
    <message>
        <source>Sent via</source>
        <translation>Sent via</translation>
    </message>
    <message>
        <source>Submission reference</source>
        <translation>Submission reference</translation>
    </message>
    <message>
        <source>Authority notified at</source>
        <translation>Authority notified at</translation>
    </message>
    <message>
        <source>Data subjects notified at</source>
        <translation>Data subjects notified at</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Lateness of the notice</source>
        <translation>Lateness of the notice</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contained</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>Authority notified</translation>
    </message>
    <message>
        <source>Data subjects notified</source>
        <translation>Data subjects notified</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Law 91</source>
        <translation>Law 91</translation>
    </message>
    <message>
        <source>Decree 13</source>
        <translation>Decree 13</translation>
    </message>
    <message>
        <source>Law 91/2025/QH15</source>
        <translation>Law 91/2025/QH15</translation>
    </message>
    <message>
        <source>Decree 13/2023/NĐ-CP</source>
        <translation>Decree 13/2023/NĐ-CP</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Biometric</source>
        <translation>Biometric</translation>
    </message>
    <message>
        <source>location and biometric data</source>
        <translation>location and biometric data</translation>
    </message>
    <message>
        <source>location data</source>
        <translation>location data</translation>
    </message>
    <message>
        <source>biometric data</source>
        <translation>biometric data</translation>
    </message>
    <message>
        <source>Directly to the agency (A05, Ministry of Public Security)</source>
        <translation>Directly to the agency (A05, Ministry of Public Security)</translation>
    </message>
    <message>
        <source>National Portal on personal data protection</source>
        <translation>National Portal on personal data protection</translation>
    </message>
    <message>
        <source>Notify the authority</source>
        <translation>Notify the authority</translation>
    </message>
    <message>
        <source>No notice to the authority</source>
        <translation>No notice to the authority</translation>
    </message>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <source>Overdue by {0}</source>
        <translation>Overdue by {0}</translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation>Sent late</translation>
    </message>
    <message>
        <source>No notice</source>
        <translation>No notice</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Law 91/2025, {0} hours from discovery</source>
        <translation>Law 91/2025, {0} hours from discovery</translation>
    </message>
    <message>
        <source>Decree 13/2023, {0} hours from occurrence</source>
        <translation>Decree 13/2023, {0} hours from occurrence</translation>
    </message>
    <message>
        <source>Decree 13/2023, {0} hours from occurrence (unknown, so counted from discovery)</source>
        <translation>Decree 13/2023, {0} hours from occurrence (unknown, so counted from discovery)</translation>
    </message>
</context>
<context>
    <name>IncidentsCard</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Breach incidents: the 72-hour clocks</source>
        <translation>Breach incidents: the 72-hour clocks</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Notice to the authority</source>
        <translation>Notice to the authority</translation>
    </message>
    <message>
        <source>Notice to the people (Art. 29)</source>
        <translation>Notice to the people (Art. 29)</translation>
    </message>
    <message>
        <source>No incident is open.</source>
        <translation>No incident is open.</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>Notify the Ministry of Public Security by {0} ({1}).</source>
        <translation>Notify the Ministry of Public Security by {0} ({1}).</translation>
    </message>
    <message>
        <source>Notice sent {0}.</source>
        <translation>Notice sent {0}.</translation>
    </message>
    <message>
        <source>Assessed: no notice to the authority.</source>
        <translation>Assessed: no notice to the authority.</translation>
    </message>
    <message>
        <source>Marked sensitive by the DPO.</source>
        <translation>Marked sensitive by the DPO.</translation>
    </message>
    <message>
        <source>Sensitive personal data:</source>
        <translation>Sensitive personal data:</translation>
    </message>
    <message>
        <source>Involves {0}: the people affected must be told within {1} hours of discovery, by {2} (Decree 356, Art. 29).</source>
        <translation>Involves {0}: the people affected must be told within {1} hours of discovery, by {2} (Decree 356, Art. 29).</translation>
    </message>
    <message>
        <source>Involves {0}. Decree 13 sets no deadline for telling the people affected; telling them is good practice.</source>
        <translation>Involves {0}. Decree 13 sets no deadline for telling the people affected; telling them is good practice.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>Notify by</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Location/biometric</source>
        <translation>Location/biometric</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Breach incidents</source>
        <translation>Breach incidents</translation>
    </message>
    <message>
        <source>Personal data breaches, the 72-hour clock and the notice to the Ministry of Public Security.</source>
        <translation>Personal data breaches, the 72-hour clock and the notice to the Ministry of Public Security.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} incidents shown</source>
        <translation>
            <numerusform>%n of {0} incidents shown</numerusform>
            <numerusform>%n of {0} incidents shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalise the minutes</source>
        <translation>Finalise the minutes</translation>
    </message>
    <message>
        <source>Keep the minutes of “{0}” as they are now, to be signed? They are kept with their SHA-256 and never drawn up again: their meeting&apos;s facts can no longer be changed.</source>
        <translation>Keep the minutes of “{0}” as they are now, to be signed? They are kept with their SHA-256 and never drawn up again: their meeting&apos;s facts can no longer be changed.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>The minutes were not finalised</source>
        <translation>The minutes were not finalised</translation>
    </message>
    <message>
        <source>Missing: {0}</source>
        <translation>Missing: {0}</translation>
    </message>
    <message>
        <source>Close the incident</source>
        <translation>Close the incident</translation>
    </message>
    <message>
        <source>Close “{0}”? Its record, timeline and evidence are kept.</source>
        <translation>Close “{0}”? Its record, timeline and evidence are kept.</translation>
    </message>
    <message>
        <source>Step not recorded</source>
        <translation>Step not recorded</translation>
    </message>
    <message>
        <source>Search title, place, data… (Ctrl+F)</source>
        <translation>Search title, place, data… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Record a breach (Ctrl+N)</source>
        <translation>Record a breach (Ctrl+N)</translation>
    </message>
    <message>
        <source>No incident recorded</source>
        <translation>No incident recorded</translation>
    </message>
    <message>
        <source>When personal data are lost, leaked, altered or accessed without permission, record the incident at once: the Ministry of Public Security must be notified within {0} hours of its discovery.</source>
        <translation>When personal data are lost, leaked, altered or accessed without permission, record the incident at once: the Ministry of Public Security must be notified within {0} hours of its discovery.</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Record an incident</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Basic personal data (Decree 356, Art. 3)</source>
        <translation>Basic personal data (Decree 356, Art. 3)</translation>
    </message>
    <message>
        <source>Sensitive personal data (Decree 356, Art. 4)</source>
        <translation>Sensitive personal data (Decree 356, Art. 4)</translation>
    </message>
    <message>
        <source>The company&apos;s own items</source>
        <translation>The company&apos;s own items</translation>
    </message>
    <message>
        <source>own item, sensitive</source>
        <translation>own item, sensitive</translation>
    </message>
    <message>
        <source>own item</source>
        <translation>own item</translation>
    </message>
    <message>
        <source>Sensitive personal data: {0}</source>
        <translation>Sensitive personal data: {0}</translation>
    </message>
    <message>
        <source>The company&apos;s own item, basic personal data</source>
        <translation>The company&apos;s own item, basic personal data</translation>
    </message>
    <message>
        <source>Basic personal data: {0}</source>
        <translation>Basic personal data: {0}</translation>
    </message>
    <message>
        <source>Data item</source>
        <translation>Data item</translation>
    </message>
    <message>
        <source>Decree 356</source>
        <translation>Decree 356</translation>
    </message>
    <message>
        <source>Find an item: name, e.g. “CCCD”, “email”…</source>
        <translation>Find an item: name, e.g. “CCCD”, “email”…</translation>
    </message>
    <message>
        <source>Add own item…</source>
        <translation>Add own item…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>There is nothing to search in this view yet.</source>
        <translation>There is nothing to search in this view yet.</translation>
    </message>
    <message>
        <source>There is nothing to create in this view yet.</source>
        <translation>There is nothing to create in this view yet.</translation>
    </message>
    <message>
        <source>{0} · schema {1}</source>
        <translation>{0} · schema {1}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Opened {0}</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>{0} already exists. Use File &gt; Open to open it, or choose another name.</source>
        <translation>{0} already exists. Use File &gt; Open to open it, or choose another name.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Backup written to {0}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>Cannot restore this file</translation>
    </message>
    <message>
        <source>Replace the current database {0} with the backup {1}? The current file will be kept as {2}.</source>
        <translation>Replace the current database {0} with the backup {1}? The current file will be kept as {2}.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>Restored {0}</translation>
    </message>
    <message>
        <source>Read-only: {0}</source>
        <translation>Read-only: {0}</translation>
    </message>
    <message>
        <source>This database has no passphrase, so there is nothing to lock. Encrypt it with `dpo-desk encrypt`.</source>
        <translation>This database has no passphrase, so there is nothing to lock. Encrypt it with `dpo-desk encrypt`.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation>Forget the remembered passphrase</translation>
    </message>
    <message>
        <source>The system keyring did not remove the key of this file (see the log). Try again, or remove the entry “{0}” of “{1}” with the keyring&apos;s own app.</source>
        <translation>The system keyring did not remove the key of this file (see the log). Try again, or remove the entry “{0}” of “{1}” with the keyring&apos;s own app.</translation>
    </message>
    <message>
        <source>The passphrase of this file is no longer remembered on this computer: the next start asks for it.</source>
        <translation>The passphrase of this file is no longer remembered on this computer: the next start asks for it.</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Database upgraded</translation>
    </message>
    <message>
        <source>The file was upgraded to the current version. A copy of it as it was has been saved as {0}.</source>
        <translation>The file was upgraded to the current version. A copy of it as it was has been saved as {0}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Data register</source>
        <translation>Data register</translation>
    </message>
    <message>
        <source>Complaints &amp; requests</source>
        <translation>Complaints &amp; requests</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>DPO Desk · {0}</source>
        <translation>DPO Desk · {0}</translation>
    </message>
    <message>
        <source>Personal data protection</source>
        <translation>Personal data protection</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>New case from &amp;e-mail…</source>
        <translation>New case from &amp;e-mail…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Forget the remembered passphrase</source>
        <translation>&amp;Forget the remembered passphrase</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Check database</translation>
    </message>
    <message>
        <source>&amp;About DPO Desk</source>
        <translation>&amp;About DPO Desk</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>New &amp;record</source>
        <translation>New &amp;record</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>No complaints were received or settled in the last 12 months.</source>
        <translation>No complaints were received or settled in the last 12 months.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Settled on time (% of the cases answered or closed that month)</source>
        <translation>Settled on time (% of the cases answered or closed that month)</translation>
    </message>
    <message>
        <source>{0}/{1}: {2} received, {3} answered or closed</source>
        <translation>{0}/{1}: {2} received, {3} answered or closed</translation>
    </message>
    <message>
        <source>{0} of them by the due date ({1}%)</source>
        <translation>{0} of them by the due date ({1}%)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Use at least {0} characters.</source>
        <translation>Use at least {0} characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>The two passphrases differ; type them again.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who gets a copy of the file (a lost laptop, a backup disk) can read every name, contact and ID scan in it. Choose this only for trying DPO Desk out.</source>
        <translation>Without a passphrase, anyone who gets a copy of the file (a lost laptop, a backup disk) can read every name, contact and ID scan in it. Choose this only for trying DPO Desk out.</translation>
    </message>
    <message>
        <source>Too short: at least {0} characters.</source>
        <translation>Too short: at least {0} characters.</translation>
    </message>
    <message>
        <source>Weak: make it longer, or mix words, digits and signs.</source>
        <translation>Weak: make it longer, or mix words, digits and signs.</translation>
    </message>
    <message>
        <source>Fair: a few more characters make it strong.</source>
        <translation>Fair: a few more characters make it strong.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Protect the new database</source>
        <translation>Protect the new database</translation>
    </message>
    <message>
        <source>DPO Desk encrypts the database and its backups with a passphrase. A sentence of four or more words you will remember is a good one. Keep it safe: without it nobody, not even the developers, can recover the data.</source>
        <translation>DPO Desk encrypts the database and its backups with a passphrase. A sentence of four or more words you will remember is a good one. Keep it safe: without it nobody, not even the developers, can recover the data.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>Use no passphrase (not recommended)</source>
        <translation>Use no passphrase (not recommended)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>Create the database</translation>
    </message>
</context>
<context>
    <name>PacketExportDialog</name>
    <message>
        <source>Export the incident packet</source>
        <translation>Export the incident packet</translation>
    </message>
    <message>
        <source>Zip archives</source>
        <translation>Zip archives</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v of %m files</translation>
    </message>
    <message>
        <source>To: {0}</source>
        <translation>To: {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The packet was written to {0}</source>
        <translation>The packet was written to {0}</translation>
    </message>
    <message>
        <source>Its documents are drafts: the notice still lacks {0}.</source>
        <translation>Its documents are drafts: the notice still lacks {0}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>The packet was not written: {0}</source>
        <translation>The packet was not written: {0}</translation>
    </message>
    <message>
        <source>Export the packet of incident #{0}</source>
        <translation>Export the packet of incident #{0}</translation>
    </message>
    <message>
        <source>One zip for the authority or an auditor: the incident record, its timeline and audit trail, the notice, the minutes, the notice to the people affected and every evidence file, each listed with its SHA-256 hash in manifest.json so that any later change is detected.</source>
        <translation>One zip for the authority or an auditor: the incident record, its timeline and audit trail, the notice, the minutes, the notice to the people affected and every evidence file, each listed with its SHA-256 hash in manifest.json so that any later change is detected.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>PacketVerifyDialog</name>
    <message>
        <source>Verify an incident packet</source>
        <translation>Verify an incident packet</translation>
    </message>
    <message>
        <source>Zip archives</source>
        <translation>Zip archives</translation>
    </message>
    <message>
        <source>Missing: {0}</source>
        <translation>Missing: {0}</translation>
    </message>
    <message>
        <source>Extra, not in the manifest: {0}</source>
        <translation>Extra, not in the manifest: {0}</translation>
    </message>
    <message>
        <source>Damaged, cannot be read: {0}</source>
        <translation>Damaged, cannot be read: {0}</translation>
    </message>
    <message>
        <source>Altered: {0} (its SHA-256 hash or size differs from the manifest)</source>
        <translation>Altered: {0} (its SHA-256 hash or size differs from the manifest)</translation>
    </message>
    <message>
        <source>manifest.json is missing: this is not a DPO Desk packet, or it was stripped</source>
        <translation>manifest.json is missing: this is not a DPO Desk packet, or it was stripped</translation>
    </message>
    <message>
        <source>Unsigned: signature.json is missing, so nothing proves who made the packet</source>
        <translation>Unsigned: signature.json is missing, so nothing proves who made the packet</translation>
    </message>
    <message>
        <source>Forged: the signature does not match manifest.json (the list of files was changed after signing)</source>
        <translation>Forged: the signature does not match manifest.json (the list of files was changed after signing)</translation>
    </message>
    <message>
        <source>Signed with another key ({0}), not this company&apos;s key ({1})</source>
        <translation>Signed with another key ({0}), not this company&apos;s key ({1})</translation>
    </message>
    <message>
        <source>Refused: {0} is a {1}, not a regular file</source>
        <translation>Refused: {0} is a {1}, not a regular file</translation>
    </message>
    <message>
        <source>Refused: {0} are the same name once case and accents are normalised</source>
        <translation>Refused: {0} are the same name once case and accents are normalised</translation>
    </message>
    <message>
        <source>{0} is listed twice in manifest.json</source>
        <translation>{0} is listed twice in manifest.json</translation>
    </message>
    <message>
        <source>Incomplete: the packet has no authority notice ({0})</source>
        <translation>Incomplete: the packet has no authority notice ({0})</translation>
    </message>
    <message>
        <source>Packet: {0}</source>
        <translation>Packet: {0}</translation>
    </message>
    <message>
        <source>Intact: every file matches the hash in its manifest.</source>
        <translation>Intact: every file matches the hash in its manifest.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: the packet was changed after it was made.</source>
        <translation>
            <numerusform>%n problem found: the packet was changed after it was made.</numerusform>
            <numerusform>%n problems found: the packet was changed after it was made.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be checked: {0}</source>
        <translation>This file cannot be checked: {0}</translation>
    </message>
    <message>
        <source>No valid signature: nothing proves who made it.</source>
        <translation>No valid signature: nothing proves who made it.</translation>
    </message>
    <message>
        <source>Signed by this company&apos;s key {0}.</source>
        <translation>Signed by this company&apos;s key {0}.</translation>
    </message>
    <message>
        <source>Signed with key {0}, which is NOT this company&apos;s key ({1}).</source>
        <translation>Signed with key {0}, which is NOT this company&apos;s key ({1}).</translation>
    </message>
    <message>
        <source>Signed with key {0}; compare it with the fingerprint printed on the authority notice.</source>
        <translation>Signed with key {0}; compare it with the fingerprint printed on the authority notice.</translation>
    </message>
    <message>
        <source>Every file of the packet is hashed again and compared with its manifest, and the manifest&apos;s signature is checked: a missing, added or altered file is named, and so is who signed it.</source>
        <translation>Every file of the packet is hashed again and compared with its manifest, and the manifest&apos;s signature is checked: a missing, added or altered file is named, and so is who signed it.</translation>
    </message>
    <message>
        <source>Choose another packet…</source>
        <translation>Choose another packet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page {0} of %n</source>
        <translation>
            <numerusform>Page {0} of %n</numerusform>
            <numerusform>Page {0} of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Zoom so that the page fills the width</source>
        <translation>Zoom so that the page fills the width</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+wheel)</source>
        <translation>Smaller (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Larger (Ctrl+wheel)</source>
        <translation>Larger (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Saved to {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Printing was cancelled, or the printer could not be opened.</source>
        <translation>Printing was cancelled, or the printer could not be opened.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>All resolved</source>
        <translation>All resolved</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) where your published privacy policy falls short of the law are still open.</source>
        <translation>
            <numerusform>%n point where your published privacy policy falls short of the law is still open.</numerusform>
            <numerusform>%n points where your published privacy policy falls short of the law are still open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every point found in your published privacy policy is resolved.</source>
        <translation>Every point found in your published privacy policy is resolved.</translation>
    </message>
    <message>
        <source>Privacy policy checklist</source>
        <translation>Privacy policy checklist</translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation>Open the checklist</translation>
    </message>
</context>
<context>
    <name>PolicyGapsDialog</name>
    <message>
        <source>Privacy policy checklist</source>
        <translation>Privacy policy checklist</translation>
    </message>
    <message>
        <source>What the law asks and your published privacy policy lacks, found when the policy was imported. Fix the policy (or the register), then mark each point resolved; the dashboard shows the open ones until then.</source>
        <translation>What the law asks and your published privacy policy lacks, found when the policy was imported. Fix the policy (or the register), then mark each point resolved; the dashboard shows the open ones until then.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>The policy&apos;s sentence</source>
        <translation>The policy&apos;s sentence</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Show the resolved ones too</source>
        <translation>Show the resolved ones too</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(not found in the policy)</source>
        <translation>(not found in the policy)</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Mark resolved</translation>
    </message>
    <message>
        <source>Resolved {0}</source>
        <translation>Resolved {0}</translation>
    </message>
    <message>
        <source>Nothing is left on the checklist.</source>
        <translation>Nothing is left on the checklist.</translation>
    </message>
    <message>
        <source>Law: {0}</source>
        <translation>Law: {0}</translation>
    </message>
    <message>
        <source>The policy says: “{0}”</source>
        <translation>The policy says: “{0}”</translation>
    </message>
    <message>
        <source>The policy says nothing about it.</source>
        <translation>The policy says nothing about it.</translation>
    </message>
    <message>
        <source>Found in {0} on {1}</source>
        <translation>Found in {0} on {1}</translation>
    </message>
</context>
<context>
    <name>PolicyImportDialog</name>
    <message>
        <source>Choose the published privacy policy</source>
        <translation>Choose the published privacy policy</translation>
    </message>
    <message>
        <source>Policies (*.txt *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>Policies (*.txt *.html *.htm *.docx *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>The policy cannot be read</source>
        <translation>The policy cannot be read</translation>
    </message>
    <message>
        <source>Proposed register entries</source>
        <translation>Proposed register entries</translation>
    </message>
    <message>
        <source>sensitive: {0}</source>
        <translation>sensitive: {0}</translation>
    </message>
    <message>
        <source>Gaps against the law</source>
        <translation>Gaps against the law</translation>
    </message>
    <message>
        <source>(no company named)</source>
        <translation>(no company named)</translation>
    </message>
    <message>
        <source>{0}: {1} data items in {2} proposed entries, {3} gaps. Untick what should not be added; double-click an entry to rename it or change its purposes.</source>
        <translation>{0}: {1} data items in {2} proposed entries, {3} gaps. Untick what should not be added; double-click an entry to rename it or change its purposes.</translation>
    </message>
    <message>
        <source>Nothing was added</source>
        <translation>Nothing was added</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import privacy policy</source>
        <translation>Import privacy policy</translation>
    </message>
    <message>
        <source>Import the published privacy policy</source>
        <translation>Import the published privacy policy</translation>
    </message>
    <message>
        <source>DPO Desk reads the policy (.txt, .html, .docx or .pdf) and proposes register entries and the gaps against Law 91/2025 and Decree 356/2025. Select a finding to see the sentence it rests on.</source>
        <translation>DPO Desk reads the policy (.txt, .html, .docx or .pdf) and proposes register entries and the gaps against Law 91/2025 and Decree 356/2025. Select a finding to see the sentence it rests on.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add to the register</source>
        <translation>Add to the register</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Tax code: {0}</source>
        <translation>Tax code: {0}</translation>
    </message>
    <message>
        <source>Responsible for data protection: {0}</source>
        <translation>Responsible for data protection: {0}</translation>
    </message>
    <message>
        <source>Still missing: {0}. The notices to the authority need them.</source>
        <translation>Still missing: {0}. The notices to the authority need them.</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <source>Edit the profile</source>
        <translation>Edit the profile</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Head office address</source>
        <translation>Head office address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Language of letters</source>
        <translation>Language of letters</translation>
    </message>
    <message>
        <source>Simple cases: days to settle</source>
        <translation>Simple cases: days to settle</translation>
    </message>
    <message>
        <source>Complex cases: days to settle</source>
        <translation>Complex cases: days to settle</translation>
    </message>
    <message>
        <source>Count the days as</source>
        <translation>Count the days as</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Lock an encrypted database after</source>
        <translation>Lock an encrypted database after</translation>
    </message>
    <message>
        <source>Transaction office</source>
        <translation>Transaction office</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>Place of issue</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>Their position</translation>
    </message>
    <message>
        <source>Who signs notices</source>
        <translation>Who signs notices</translation>
    </message>
    <message>
        <source>Signer (KT./TUQ.)</source>
        <translation>Signer (KT./TUQ.)</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>Symbol in document numbers</source>
        <translation>Symbol in document numbers</translation>
    </message>
    <message>
        <source>DPO&apos;s name</source>
        <translation>DPO&apos;s name</translation>
    </message>
    <message>
        <source>DPO&apos;s phone</source>
        <translation>DPO&apos;s phone</translation>
    </message>
    <message>
        <source>DPO&apos;s email</source>
        <translation>DPO&apos;s email</translation>
    </message>
    <message>
        <source>e.g. Công ty TNHH Sen Vàng</source>
        <translation>e.g. Công ty TNHH Sen Vàng</translation>
    </message>
    <message>
        <source>10 digits, or 10-3 for a branch</source>
        <translation>10 digits, or 10-3 for a branch</translation>
    </message>
    <message>
        <source>Street, ward, province or city</source>
        <translation>Street, ward, province or city</translation>
    </message>
    <message>
        <source>e.g. 028 3822 1234</source>
        <translation>e.g. 028 3822 1234</translation>
    </message>
    <message>
        <source>e.g. lienhe@congty.vn</source>
        <translation>e.g. lienhe@congty.vn</translation>
    </message>
    <message>
        <source>The person responsible for data protection</source>
        <translation>The person responsible for data protection</translation>
    </message>
    <message>
        <source>e.g. Legal manager</source>
        <translation>e.g. Legal manager</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <source>e.g. dpo@congty.vn</source>
        <translation>e.g. dpo@congty.vn</translation>
    </message>
    <message>
        <source>If different from the head office</source>
        <translation>If different from the head office</translation>
    </message>
    <message>
        <source>e.g. https://congty.vn</source>
        <translation>e.g. https://congty.vn</translation>
    </message>
    <message>
        <source>Enterprise registration certificate number</source>
        <translation>Enterprise registration certificate number</translation>
    </message>
    <message>
        <source>e.g. Sở Tài chính TP. Hồ Chí Minh</source>
        <translation>e.g. Sở Tài chính TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. TP. Hồ Chí Minh</source>
        <translation>e.g. TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Signs the notices to the authority</source>
        <translation>Signs the notices to the authority</translation>
    </message>
    <message>
        <source>e.g. Giám đốc</source>
        <translation>e.g. Giám đốc</translation>
    </message>
    <message>
        <source>Only when someone signs for the representative</source>
        <translation>Only when someone signs for the representative</translation>
    </message>
    <message>
        <source>e.g. Phó Giám đốc</source>
        <translation>e.g. Phó Giám đốc</translation>
    </message>
    <message>
        <source>e.g. BVDLCN: 05/2026/TB-BVDLCN</source>
        <translation>e.g. BVDLCN: 05/2026/TB-BVDLCN</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Person responsible for data protection</source>
        <translation>Person responsible for data protection</translation>
    </message>
    <message>
        <source>Registration certificate (printed on breach notices)</source>
        <translation>Registration certificate (printed on breach notices)</translation>
    </message>
    <message>
        <source>Signature and numbering of documents</source>
        <translation>Signature and numbering of documents</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>TM.: the legal representative signs</source>
        <translation>TM.: the legal representative signs</translation>
    </message>
    <message>
        <source>KT.: a deputy signs for them</source>
        <translation>KT.: a deputy signs for them</translation>
    </message>
    <message>
        <source>TUQ.: a person they authorised signs</source>
        <translation>TUQ.: a person they authorised signs</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> idle minutes</source>
        <translation> idle minutes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>PublicNoticeDialog</name>
    <message>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <source>Public notice · incident #{0}</source>
        <translation>Public notice · incident #{0}</translation>
    </message>
    <message>
        <source>For the company&apos;s website or app, when the people affected cannot all be told in time (Decree 356, Art. 29(3)). Copy it and publish it as it is or adapted.</source>
        <translation>For the company&apos;s website or app, when the people affected cannot all be told in time (Decree 356, Art. 29(3)). Copy it and publish it as it is or adapted.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Facts are missing for this notice:</source>
        <translation>Facts are missing for this notice:</translation>
    </message>
    <message>
        <source>Generate a draft anyway</source>
        <translation>Generate a draft anyway</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RegisterCard</name>
    <message>
        <source>{0} entries. Without a legal basis: {1}; without a retention period: {2}; without security measures: {3}.</source>
        <translation>{0} entries. Without a legal basis: {1}; without a retention period: {2}; without security measures: {3}.</translation>
    </message>
    <message>
        <source>{0} sensitive entries and {1} entries sent abroad: the register has no field yet for the access rules of sensitive data or the date of a transfer dossier, so those cannot be checked here.</source>
        <translation>{0} sensitive entries and {1} entries sent abroad: the register has no field yet for the access rules of sensitive data or the date of a transfer dossier, so those cannot be checked here.</translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n incomplete</numerusform>
            <numerusform>%n incomplete</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>legal basis</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>retention period</translation>
    </message>
    <message>
        <source>security measures</source>
        <translation>security measures</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>The register</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>RegisterEntryDialog</name>
    <message numerus="yes">
        <source>%n item(s) chosen.</source>
        <translation>
            <numerusform>%n item chosen.</numerusform>
            <numerusform>%n items chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type: sensitive personal data, because of: {0}</source>
        <translation>Type: sensitive personal data, because of: {0}</translation>
    </message>
    <message>
        <source>Type: sensitive personal data (marked by you)</source>
        <translation>Type: sensitive personal data (marked by you)</translation>
    </message>
    <message>
        <source>Type: basic personal data</source>
        <translation>Type: basic personal data</translation>
    </message>
    <message>
        <source>New register entry</source>
        <translation>New register entry</translation>
    </message>
    <message>
        <source>Edit register entry</source>
        <translation>Edit register entry</translation>
    </message>
    <message>
        <source>One kind of personal data the company processes. Fields marked * are required.</source>
        <translation>One kind of personal data the company processes. Fields marked * are required.</translation>
    </message>
    <message>
        <source>What and whose</source>
        <translation>What and whose</translation>
    </message>
    <message>
        <source>Data items *</source>
        <translation>Data items *</translation>
    </message>
    <message>
        <source>Why, where and how long</source>
        <translation>Why, where and how long</translation>
    </message>
    <message>
        <source>Recipients and transfer abroad</source>
        <translation>Recipients and transfer abroad</translation>
    </message>
    <message>
        <source>Responsibility and notes</source>
        <translation>Responsibility and notes</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Data subjects *</source>
        <translation>Data subjects *</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>Owner department</translation>
    </message>
    <message>
        <source>Purposes *</source>
        <translation>Purposes *</translation>
    </message>
    <message>
        <source>Legal basis *</source>
        <translation>Legal basis *</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation>Transfer abroad</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>e.g. Online shop customers</source>
        <translation>e.g. Online shop customers</translation>
    </message>
    <message>
        <source>Others, separated by ; (e.g. Tenants)</source>
        <translation>Others, separated by ; (e.g. Tenants)</translation>
    </message>
    <message>
        <source>e.g. Sales</source>
        <translation>e.g. Sales</translation>
    </message>
    <message>
        <source>One purpose per line</source>
        <translation>One purpose per line</translation>
    </message>
    <message>
        <source>Choose, or describe another basis</source>
        <translation>Choose, or describe another basis</translation>
    </message>
    <message>
        <source>e.g. Given by the customer when ordering</source>
        <translation>e.g. Given by the customer when ordering</translation>
    </message>
    <message>
        <source>e.g. Order system (server in Vietnam)</source>
        <translation>e.g. Order system (server in Vietnam)</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 years</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 years</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 years</translation>
    </message>
    <message>
        <source>Until the data subject asks for deletion</source>
        <translation>Until the data subject asks for deletion</translation>
    </message>
    <message>
        <source>Until the data subject withdraws consent</source>
        <translation>Until the data subject withdraws consent</translation>
    </message>
    <message>
        <source>e.g. 5 years</source>
        <translation>e.g. 5 years</translation>
    </message>
    <message>
        <source>One measure per line</source>
        <translation>One measure per line</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Add recipient</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The data is transferred abroad</source>
        <translation>The data is transferred abroad</translation>
    </message>
    <message>
        <source>Separated by ; (e.g. Singapore; USA)</source>
        <translation>Separated by ; (e.g. Singapore; USA)</translation>
    </message>
    <message>
        <source>Treat as sensitive even though no item is sensitive</source>
        <translation>Treat as sensitive even though no item is sensitive</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Choose the register CSV</source>
        <translation>Choose the register CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Importing… %v of %m</source>
        <translation>Importing… %v of %m</translation>
    </message>
    <message>
        <source>Choose a CSV file to see what it will add.</source>
        <translation>Choose a CSV file to see what it will add.</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Checking every row of the file…</translation>
    </message>
    <message numerus="yes">
        <source>The file is correct: %n entries will be added.</source>
        <translation>
            <numerusform>The file is correct: %n entry will be added.</numerusform>
            <numerusform>The file is correct: %n entries will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new own data item(s) will be created.</source>
        <translation>
            <numerusform>%n new own data item will be created.</numerusform>
            <numerusform>%n new own data items will be created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no entries.</source>
        <translation>The file holds no entries.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: fix the file and choose it again. Nothing was imported.</source>
        <translation>
            <numerusform>%n problem found: fix the file and choose it again. Nothing was imported.</numerusform>
            <numerusform>%n problems found: fix the file and choose it again. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed: {0}</source>
        <translation>The import failed: {0}</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Entries to add</source>
        <translation>Entries to add</translation>
    </message>
    <message numerus="yes">
        <source>(the first {0}; %n more not shown)</source>
        <translation>
            <numerusform>(the first {0}; %n more not shown)</numerusform>
            <numerusform>(the first {0}; %n more not shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>basic</translation>
    </message>
    <message numerus="yes">
        <source>New own data items, not in the catalogue (%n)</source>
        <translation>
            <numerusform>New own data items, not in the catalogue (%n)</numerusform>
            <numerusform>New own data items, not in the catalogue (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {0}, column {1}</source>
        <translation>Row {0}, column {1}</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Row {0}</translation>
    </message>
    <message>
        <source>Import the register from CSV</source>
        <translation>Import the register from CSV</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file (Excel: “CSV UTF-8”) with a header row and one data category per row. Lists are separated by “;”. Data items may be catalogue codes, names in Vietnamese or English, or your own items, which are created. Nothing is written unless every row is correct.</source>
        <translation>A UTF-8 CSV file (Excel: “CSV UTF-8”) with a header row and one data category per row. Lists are separated by “;”. Data items may be catalogue codes, names in Vietnamese or English, or your own items, which are created. Nothing is written unless every row is correct.</translation>
    </message>
    <message>
        <source>Columns: {0}</source>
        <translation>Columns: {0}</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Data items</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Data items</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Sensitive personal data, because of:</source>
        <translation>Sensitive personal data, because of:</translation>
    </message>
    <message>
        <source>Marked sensitive by the DPO.</source>
        <translation>Marked sensitive by the DPO.</translation>
    </message>
    <message>
        <source>Basic personal data only.</source>
        <translation>Basic personal data only.</translation>
    </message>
    <message>
        <source>{0} marks sensitive personal data (Decree 356, Art. 4):</source>
        <translation>{0} marks sensitive personal data (Decree 356, Art. 4):</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} entries shown</source>
        <translation>
            <numerusform>%n of {0} entries shown</numerusform>
            <numerusform>%n of {0} entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>All data subjects</source>
        <translation>All data subjects</translation>
    </message>
    <message>
        <source>Select an entry to see all its details. Double-click or press Enter to edit it.</source>
        <translation>Select an entry to see all its details. Double-click or press Enter to edit it.</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Data items</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation>Transfer abroad</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>Owner department</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>Sensitive personal data</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>Cannot duplicate the entry</source>
        <translation>Cannot duplicate the entry</translation>
    </message>
    <message>
        <source>Copy created: edit it to tell it apart.</source>
        <translation>Copy created: edit it to tell it apart.</translation>
    </message>
    <message>
        <source>Cannot delete the entry</source>
        <translation>Cannot delete the entry</translation>
    </message>
    <message>
        <source>“{0}” was not deleted: other records refer to it.

{1}</source>
        <translation>“{0}” was not deleted: other records refer to it.

{1}</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>Deleted “{0}”.</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Delete the entry</translation>
    </message>
    <message>
        <source>Delete “{0}” from the register? The deletion is kept in the audit log.</source>
        <translation>Delete “{0}” from the register? The deletion is kept in the audit log.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>data-register</source>
        <translation>data-register</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>Data category register</source>
        <translation>Data category register</translation>
    </message>
    <message>
        <source>What personal data the company collects, whose, why, on which legal basis, where it is stored, who receives it and how long it is kept.</source>
        <translation>What personal data the company collects, whose, why, on which legal basis, where it is stored, who receives it and how long it is kept.</translation>
    </message>
    <message>
        <source>Search names, items, purposes… (Ctrl+F)</source>
        <translation>Search names, items, purposes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>Basic only</source>
        <translation>Basic only</translation>
    </message>
    <message>
        <source>Abroad or not</source>
        <translation>Abroad or not</translation>
    </message>
    <message>
        <source>Sent abroad</source>
        <translation>Sent abroad</translation>
    </message>
    <message>
        <source>Not sent abroad</source>
        <translation>Not sent abroad</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Add a data category (Ctrl+N)</source>
        <translation>Add a data category (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Import privacy policy…</source>
        <translation>Import privacy policy…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with BOM)…</source>
        <translation>CSV for Excel (UTF-8 with BOM)…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>The register is empty</source>
        <translation>The register is empty</translation>
    </message>
    <message>
        <source>List each kind of personal data the company processes: whose it is, which items, why, on which legal basis, who receives it and how long it is kept. Start from the catalogue of basic and sensitive data of Decree 356, or import the register you already keep in a spreadsheet.</source>
        <translation>List each kind of personal data the company processes: whose it is, which items, why, on which legal basis, who receives it and how long it is kept. Start from the catalogue of basic and sensitive data of Decree 356, or import the register you already keep in a spreadsheet.</translation>
    </message>
    <message>
        <source>Start from the catalogue</source>
        <translation>Start from the catalogue</translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation>Import a CSV</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n case overdue</numerusform>
            <numerusform>%n cases overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due within 2 days</source>
        <translation>
            <numerusform>%n case due within 2 days</numerusform>
            <numerusform>%n cases due within 2 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) whose receipt was not acknowledged in time</source>
        <translation>
            <numerusform>%n case whose receipt was not acknowledged in time</numerusform>
            <numerusform>%n cases whose receipt was not acknowledged in time</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines to watch</source>
        <translation>Deadlines to watch</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>The law&apos;s deadlines keep running while a case waits; answer or extend these cases first.</source>
        <translation>The law&apos;s deadlines keep running while a case waits; answer or extend these cases first.</translation>
    </message>
    <message>
        <source>Double-click a case to open it.</source>
        <translation>Double-click a case to open it.</translation>
    </message>
    <message>
        <source>Open the complaints list</source>
        <translation>Open the complaints list</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>{0} · not acknowledged</source>
        <translation>{0} · not acknowledged</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Draft saved at {0}.</source>
        <translation>Draft saved at {0}.</translation>
    </message>
    <message>
        <source>Reply · {0}</source>
        <translation>Reply · {0}</translation>
    </message>
    <message>
        <source>The reply is printed on the reply letter. Save a draft to finish it later, or mark the case answered once the reply has been sent.</source>
        <translation>The reply is printed on the reply letter. Save a draft to finish it later, or mark the case answered once the reply has been sent.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Mark answered</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Choose a report, its period and language, then press “Generate”. The report is shown here as it will print, ready to save as PDF or print.</source>
        <translation>Choose a report, its period and language, then press “Generate”. The report is shown here as it will print, ready to save as PDF or print.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Cancelled: no report was made.</translation>
    </message>
    <message>
        <source>The report could not be made: {0}</source>
        <translation>The report could not be made: {0}</translation>
    </message>
    <message>
        <source>The data changed after this report was made; generate it again to include the changes.</source>
        <translation>The data changed after this report was made; generate it again to include the changes.</translation>
    </message>
    <message numerus="yes">
        <source>Shown: {0}, %n page(s).</source>
        <translation>
            <numerusform>Shown: {0}, %n page.</numerusform>
            <numerusform>Shown: {0}, %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register of personal data</source>
        <translation>Register of personal data</translation>
    </message>
    <message>
        <source>Complaints and requests</source>
        <translation>Complaints and requests</translation>
    </message>
    <message>
        <source>Breach incidents</source>
        <translation>Breach incidents</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Printable reports of the register, complaints and incidents, on the company letterhead.</source>
        <translation>Printable reports of the register, complaints and incidents, on the company letterhead.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The record of processing as it stands today: every data category, sensitive data, recipients, transfers abroad.</source>
        <translation>The record of processing as it stands today: every data category, sensitive data, recipients, transfers abroad.</translation>
    </message>
    <message>
        <source>Cases received in the period: counts by kind and status, deadlines met or missed, overdue cases.</source>
        <translation>Cases received in the period: counts by kind and status, deadlines met or missed, overdue cases.</translation>
    </message>
    <message>
        <source>Breaches discovered in the period: the 72-hour clock, notices sent, data affected.</source>
        <translation>Breaches discovered in the period: the 72-hour clock, notices sent, data affected.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>The register has no period: it is printed as it stands today.</source>
        <translation>The register has no period: it is printed as it stands today.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Saved</name>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The company profile printed on letters and notices, your preferences and, below them, the working-day calendar of every deadline. Fields marked * are required.</source>
        <translation>The company profile printed on letters and notices, your preferences and, below them, the working-day calendar of every deadline. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Your own choice, whichever database is open. The language of letters and reports is the company&apos;s, below.</source>
        <translation>Your own choice, whichever database is open. The language of letters and reports is the company&apos;s, below.</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <source>Cases by status</source>
        <translation>Cases by status</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>When this step happened. Letters are dated by it; it cannot lie in the future or before the case&apos;s previous step.</source>
        <translation>When this step happened. Letters are dated by it; it cannot lie in the future or before the case&apos;s previous step.</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere (another window or program) since this form was opened. It has been reloaded; check it and confirm again, or Cancel.</source>
        <translation>Not saved: this case was changed elsewhere (another window or program) since this form was opened. It has been reloaded; check it and confirm again, or Cancel.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>Unlock the database</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Type the passphrase of this database.</source>
        <translation>Type the passphrase of this database.</translation>
    </message>
    <message>
        <source>This passphrase does not open the file. Check Caps Lock and the keyboard language, then try again. The file was not changed.</source>
        <translation>This passphrase does not open the file. Check Caps Lock and the keyboard language, then try again. The file was not changed.</translation>
    </message>
    <message>
        <source>This database is locked</source>
        <translation>This database is locked</translation>
    </message>
    <message>
        <source>Its contents are encrypted. Type its passphrase to open it.</source>
        <translation>Its contents are encrypted. Type its passphrase to open it.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Remember on this computer (system keyring)</source>
        <translation>Remember on this computer (system keyring)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Anyone who can log in as you on this computer can then open this file without the passphrase (its key is kept, not the passphrase). Lock now still asks for it.</source>
        <translation>Anyone who can log in as you on this computer can then open this file without the passphrase (its key is kept, not the passphrase). Lock now still asks for it.</translation>
    </message>
    <message>
        <source>This computer has no system keyring that DPO Desk can use, so the passphrase cannot be remembered here.</source>
        <translation>This computer has no system keyring that DPO Desk can use, so the passphrase cannot be remembered here.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Incident {id} ({title}) is not closed: its evidence is kept until {years} years after it is remediated (DOMAIN D4.5); nothing was removed</source>
        <translation>Incident {id} ({title}) is not closed: its evidence is kept until {years} years after it is remediated (DOMAIN D4.5); nothing was removed</translation>
    </message>
    <message>
        <source>Incident {id} ({title}) was closed on {closed}: its evidence is kept until {until} ({years} years after remediation, DOMAIN D4.5); nothing was removed</source>
        <translation>Incident {id} ({title}) was closed on {closed}: its evidence is kept until {until} ({years} years after remediation, DOMAIN D4.5); nothing was removed</translation>
    </message>
    <message>
        <source>Tax code must be 10 digits, or 10 digits, a dash and 3 digits (e.g. 0312345678 or 0312345678-001)</source>
        <translation>Tax code must be 10 digits, or 10 digits, a dash and 3 digits (e.g. 0312345678 or 0312345678-001)</translation>
    </message>
    <message>
        <source>Email address looks wrong (expected name@domain.vn)</source>
        <translation>Email address looks wrong (expected name@domain.vn)</translation>
    </message>
    <message>
        <source>Phone number must have 8 to 15 digits (spaces, dots, dashes and a leading + are allowed)</source>
        <translation>Phone number must have 8 to 15 digits (spaces, dots, dashes and a leading + are allowed)</translation>
    </message>
    <message>
        <source>unknown value {value!r}; valid: {valid}</source>
        <translation>unknown value {value!r}; valid: {valid}</translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation>Unknown field</translation>
    </message>
    <message>
        <source>Must be text</source>
        <translation>Must be text</translation>
    </message>
    <message>
        <source>Not a real date (expected YYYY-MM-DD)</source>
        <translation>Not a real date (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Lies in the future (today is {today})</source>
        <translation>Lies in the future (today is {today})</translation>
    </message>
    <message>
        <source>Must be one of: {allowed}</source>
        <translation>Must be one of: {allowed}</translation>
    </message>
    <message>
        <source>Must be true or false</source>
        <translation>Must be true or false</translation>
    </message>
    <message>
        <source>Register entry {id} does not exist</source>
        <translation>Register entry {id} does not exist</translation>
    </message>
    <message>
        <source>Not a real date or time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>Not a real date or time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>Lies in the future (now is {now})</source>
        <translation>Lies in the future (now is {now})</translation>
    </message>
    <message>
        <source>Before the case was received ({received})</source>
        <translation>Before the case was received ({received})</translation>
    </message>
    <message>
        <source>Before the case&apos;s previous step ({previous})</source>
        <translation>Before the case&apos;s previous step ({previous})</translation>
    </message>
    <message>
        <source>Unknown state (one of: {allowed})</source>
        <translation>Unknown state (one of: {allowed})</translation>
    </message>
    <message>
        <source>A case that is {current} cannot become {wanted} (allowed: {allowed})</source>
        <translation>A case that is {current} cannot become {wanted} (allowed: {allowed})</translation>
    </message>
    <message>
        <source>Say why the case waits (e.g. the requester must send a document)</source>
        <translation>Say why the case waits (e.g. the requester must send a document)</translation>
    </message>
    <message>
        <source>Write the reply before marking the case answered</source>
        <translation>Write the reply before marking the case answered</translation>
    </message>
    <message>
        <source>Closing needs an outcome (one of: {allowed})</source>
        <translation>Closing needs an outcome (one of: {allowed})</translation>
    </message>
    <message>
        <source>Only an answered case can be closed as completed</source>
        <translation>Only an answered case can be closed as completed</translation>
    </message>
    <message>
        <source>Say why the request is rejected</source>
        <translation>Say why the request is rejected</translation>
    </message>
    <message>
        <source>Record the failed identity check first</source>
        <translation>Record the failed identity check first</translation>
    </message>
    <message>
        <source>Only an open case can be extended (this one is {status})</source>
        <translation>Only an open case can be extended (this one is {status})</translation>
    </message>
    <message>
        <source>This case was already extended once; the law allows one extension</source>
        <translation>This case was already extended once; the law allows one extension</translation>
    </message>
    <message>
        <source>The law allows no extension for this request ({source})</source>
        <translation>The law allows no extension for this request ({source})</translation>
    </message>
    <message>
        <source>The due date {due} has passed: an extension must be announced before the deadline runs out, and the missed deadline stays on record</source>
        <translation>The due date {due} has passed: an extension must be announced before the deadline runs out, and the missed deadline stays on record</translation>
    </message>
    <message>
        <source>Extend by 1 to {limit} days</source>
        <translation>Extend by 1 to {limit} days</translation>
    </message>
    <message>
        <source>Give the reason that will be told to the requester</source>
        <translation>Give the reason that will be told to the requester</translation>
    </message>
    <message>
        <source>Say how the identity was verified</source>
        <translation>Say how the identity was verified</translation>
    </message>
    <message>
        <source>Only an open case can have its identity checked (this one is {status})</source>
        <translation>Only an open case can have its identity checked (this one is {status})</translation>
    </message>
    <message>
        <source>A time with its offset, e.g. 2026-03-02T09:30:00+07:00</source>
        <translation>A time with its offset, e.g. 2026-03-02T09:30:00+07:00</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>The case is closed</translation>
    </message>
    <message>
        <source>Website looks wrong (expected a domain such as senvang.vn or a web address such as https://senvang.vn)</source>
        <translation>Website looks wrong (expected a domain such as senvang.vn or a web address such as https://senvang.vn)</translation>
    </message>
    <message>
        <source>Must be a real date written YYYY-MM-DD (e.g. 2018-03-15)</source>
        <translation>Must be a real date written YYYY-MM-DD (e.g. 2018-03-15)</translation>
    </message>
    <message>
        <source>Must be one line of at most {limit} characters</source>
        <translation>Must be one line of at most {limit} characters</translation>
    </message>
    <message>
        <source>Capital letters and digits, at most 20 (e.g. BVDLCN or SV-PC)</source>
        <translation>Capital letters and digits, at most 20 (e.g. BVDLCN or SV-PC)</translation>
    </message>
    <message>
        <source>Must be a whole number of days from 1 to 90</source>
        <translation>Must be a whole number of days from 1 to 90</translation>
    </message>
    <message>
        <source>Must be a whole number of minutes from 0 (never) to 240</source>
        <translation>Must be a whole number of minutes from 0 (never) to 240</translation>
    </message>
    <message>
        <source>Must be a whole number of years from 1 to 50</source>
        <translation>Must be a whole number of years from 1 to 50</translation>
    </message>
    <message>
        <source>Unknown time zone (expected a name such as Asia/Ho_Chi_Minh)</source>
        <translation>Unknown time zone (expected a name such as Asia/Ho_Chi_Minh)</translation>
    </message>
    <message>
        <source>List of rest days such as sat,sun (mon tue wed thu fri sat sun)</source>
        <translation>List of rest days such as sat,sun (mon tue wed thu fri sat sun)</translation>
    </message>
    <message>
        <source>Unknown setting (known: {known})</source>
        <translation>Unknown setting (known: {known})</translation>
    </message>
    <message>
        <source>Must be text or a number</source>
        <translation>Must be text or a number</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>SQLite cannot read the file: {error}</source>
        <translation>SQLite cannot read the file: {error}</translation>
    </message>
    <message>
        <source>SQLite integrity check: {result}</source>
        <translation>SQLite integrity check: {result}</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent} record</source>
        <translation>{table} row {row} refers to a missing {parent} record</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) does not follow entry #{previous}: entries were removed, inserted or reordered</source>
        <translation>audit entry #{id} ({table} {record}) does not follow entry #{previous}: entries were removed, inserted or reordered</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) was edited: its content no longer matches its hash</source>
        <translation>audit entry #{id} ({table} {record}) was edited: its content no longer matches its hash</translation>
    </message>
    <message>
        <source>the audit trail ends at entry #{found}, but its last entry was #{expected}: entries were removed or replaced at the end</source>
        <translation>the audit trail ends at entry #{found}, but its last entry was #{expected}: entries were removed or replaced at the end</translation>
    </message>
    <message>
        <source>the file has a {type} {name} (on {table}) that schema {version} does not define: it was added behind the app&apos;s back</source>
        <translation>the file has a {type} {name} (on {table}) that schema {version} does not define: it was added behind the app&apos;s back</translation>
    </message>
    <message>
        <source>the {type} {name} (on {table}) of schema {version} is missing: it was dropped behind the app&apos;s back</source>
        <translation>the {type} {name} (on {table}) of schema {version} is missing: it was dropped behind the app&apos;s back</translation>
    </message>
    <message>
        <source>the {type} {name} (on {table}) differs from schema {version}: it was changed behind the app&apos;s back</source>
        <translation>the {type} {name} (on {table}) differs from schema {version}: it was changed behind the app&apos;s back</translation>
    </message>
    <message>
        <source>the record of the audit trail&apos;s last entry (meta audit_head) is damaged: {value}</source>
        <translation>the record of the audit trail&apos;s last entry (meta audit_head) is damaged: {value}</translation>
    </message>
    <message>
        <source>the record of the audit trail&apos;s last entry is missing</source>
        <translation>the record of the audit trail&apos;s last entry is missing</translation>
    </message>
    <message>
        <source>the database&apos;s id (meta database_id) is missing or damaged: {value}</source>
        <translation>the database&apos;s id (meta database_id) is missing or damaged: {value}</translation>
    </message>
    <message>
        <source>rolled back: this computer saw this database with {seen} audit entries, but the file ends at entry #{found}. It was replaced by an older copy or its last entries were cut; if you put a backup back on purpose, restore it through DPO Desk</source>
        <translation>rolled back: this computer saw this database with {seen} audit entries, but the file ends at entry #{found}. It was replaced by an older copy or its last entries were cut; if you put a backup back on purpose, restore it through DPO Desk</translation>
    </message>
    <message>
        <source>rolled back: audit entry #{seen} differs from the one this computer saw: the file was replaced by another copy or its history was rewritten</source>
        <translation>rolled back: audit entry #{seen} differs from the one this computer saw: the file was replaced by another copy or its history was rewritten</translation>
    </message>
    <message>
        <source>anchor {id}:{hash} does not hold: the file has no audit entry #{id}</source>
        <translation>anchor {id}:{hash} does not hold: the file has no audit entry #{id}</translation>
    </message>
    <message>
        <source>anchor {id}:{hash} does not hold: audit entry #{id} now has hash {found}: the history printed on the document was rewritten</source>
        <translation>anchor {id}:{hash} does not hold: audit entry #{id} now has hash {found}: the history printed on the document was rewritten</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) was edited: its {field} no longer matches the hash its chain link covers</source>
        <translation>audit entry #{id} ({table} {record}) was edited: its {field} no longer matches the hash its chain link covers</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) is malformed: its {field} value is not valid JSON</source>
        <translation>audit entry #{id} ({table} {record}) is malformed: its {field} value is not valid JSON</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) is marked as erased by entry #{eraser}, which records no erasure: its content was changed behind the app&apos;s back</source>
        <translation>audit entry #{id} ({table} {record}) is marked as erased by entry #{eraser}, which records no erasure: its content was changed behind the app&apos;s back</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) was edited: its timeline event does not match its note</source>
        <translation>audit entry #{id} ({table} {record}) was edited: its timeline event does not match its note</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) was re-sealed without the key: its seal does not match</source>
        <translation>audit entry #{id} ({table} {record}) was re-sealed without the key: its seal does not match</translation>
    </message>
    <message>
        <source>{count} audit entries (#{first} to #{last}) carry no seal: they were written or rewritten outside DPO Desk</source>
        <translation>{count} audit entries (#{first} to #{last}) carry no seal: they were written or rewritten outside DPO Desk</translation>
    </message>
    <message>
        <source>{count} audit entries (#{first} to #{last}) are sealed with a key this computer does not have ({key}): they were sealed on another computer or by someone else. If the file came from your other computer, restore it through DPO Desk to seal it here</source>
        <translation>{count} audit entries (#{first} to #{last}) are sealed with a key this computer does not have ({key}): they were sealed on another computer or by someone else. If the file came from your other computer, restore it through DPO Desk to seal it here</translation>
    </message>
    <message>
        <source>{table} {record} is not in the audit trail: it was written behind the app&apos;s back</source>
        <translation>{table} {record} is not in the audit trail: it was written behind the app&apos;s back</translation>
    </message>
    <message>
        <source>{table} {record} exists although the audit trail records its deletion</source>
        <translation>{table} {record} exists although the audit trail records its deletion</translation>
    </message>
    <message>
        <source>{table} {record} differs from its last audited state ({difference})</source>
        <translation>{table} {record} differs from its last audited state ({difference})</translation>
    </message>
    <message>
        <source>{table} {record} vanished without an audit entry</source>
        <translation>{table} {record} vanished without an audit entry</translation>
    </message>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>is larger than {limit} MB</translation>
    </message>
    <message>
        <source>is larger than {limit} KB</source>
        <translation>is larger than {limit} KB</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>cannot be read ({reason})</translation>
    </message>
    <message>
        <source>Discovery cannot come before the occurrence</source>
        <translation>Discovery cannot come before the occurrence</translation>
    </message>
    <message>
        <source>Lies in the future</source>
        <translation>Lies in the future</translation>
    </message>
    <message>
        <source>Must be a whole number, 0 or more</source>
        <translation>Must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>Must be a list of names</source>
        <translation>Must be a list of names</translation>
    </message>
    <message>
        <source>Discovered before 2026, so Decree 13/2023 applies: it required every violation to be notified. Record the decision to notify</source>
        <translation>Discovered before 2026, so Decree 13/2023 applies: it required every violation to be notified. Record the decision to notify</translation>
    </message>
    <message>
        <source>The minutes are final (kept as signed): their facts no longer change</source>
        <translation>The minutes are final (kept as signed): their facts no longer change</translation>
    </message>
    <message>
        <source>Only a correction of the times after the notice was sent can judge its lateness again</source>
        <translation>Only a correction of the times after the notice was sent can judge its lateness again</translation>
    </message>
    <message>
        <source>The notice to the authority was sent on {date}: changing what it states is a correction; give its reason (the notice kept as sent does not change)</source>
        <translation>The notice to the authority was sent on {date}: changing what it states is a correction; give its reason (the notice kept as sent does not change)</translation>
    </message>
    <message>
        <source>Only the steps that record a sending keep a file as sent (authority_notified, subjects_notified)</source>
        <translation>Only the steps that record a sending keep a file as sent (authority_notified, subjects_notified)</translation>
    </message>
    <message>
        <source>This document is kept as sent already; it is never replaced</source>
        <translation>This document is kept as sent already; it is never replaced</translation>
    </message>
    <message>
        <source>The document cannot be made without the facts above: complete them, or give the file that was sent</source>
        <translation>The document cannot be made without the facts above: complete them, or give the file that was sent</translation>
    </message>
    <message>
        <source>An incident that is {current} cannot become {wanted} (allowed: {allowed})</source>
        <translation>An incident that is {current} cannot become {wanted} (allowed: {allowed})</translation>
    </message>
    <message>
        <source>Comes before the discovery</source>
        <translation>Comes before the discovery</translation>
    </message>
    <message>
        <source>Comes before the incident&apos;s previous step ({previous})</source>
        <translation>Comes before the incident&apos;s previous step ({previous})</translation>
    </message>
    <message>
        <source>Record the assessment: notify the authority or not, and why</source>
        <translation>Record the assessment: notify the authority or not, and why</translation>
    </message>
    <message>
        <source>Notify the authority before closing (or assess it as not to notify)</source>
        <translation>Notify the authority before closing (or assess it as not to notify)</translation>
    </message>
    <message>
        <source>Say how the notice was sent: agency or portal</source>
        <translation>Say how the notice was sent: agency or portal</translation>
    </message>
    <message>
        <source>The notice is late: give the reason for the delay</source>
        <translation>The notice is late: give the reason for the delay</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>The folder {folder} does not exist</translation>
    </message>
    <message>
        <source>Fill in the company profile before printing letters (or print a draft)</source>
        <translation>Fill in the company profile before printing letters (or print a draft)</translation>
    </message>
    <message>
        <source>Reply letters for a complaint without a reply text are refused</source>
        <translation>Reply letters for a complaint without a reply text are refused</translation>
    </message>
    <message>
        <source>The case has not been extended: record the extension first</source>
        <translation>The case has not been extended: record the extension first</translation>
    </message>
    <message>
        <source>The extension was recorded on {day}: its notice cannot be dated earlier</source>
        <translation>The extension was recorded on {day}: its notice cannot be dated earlier</translation>
    </message>
    <message>
        <source>Missing: required for the breach documents; fill it in or print a draft</source>
        <translation>Missing: required for the breach documents; fill it in or print a draft</translation>
    </message>
    <message>
        <source>The minutes are final already (kept as signed); they are written as kept, never drawn up again</source>
        <translation>The minutes are final already (kept as signed); they are written as kept, never drawn up again</translation>
    </message>
    <message>
        <source>The final minutes are the Vietnamese original, never a draft</source>
        <translation>The final minutes are the Vietnamese original, never a draft</translation>
    </message>
    <message>
        <source>Too long (at most {limit} characters)</source>
        <translation>Too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>Contains a control character ({code}); remove it</source>
        <translation>Contains a control character ({code}); remove it</translation>
    </message>
    <message>
        <source>Must be a date from {first} to {last}</source>
        <translation>Must be a date from {first} to {last}</translation>
    </message>
    <message>
        <source>Must be a whole number of days from 1 to {most}</source>
        <translation>Must be a whole number of days from 1 to {most}</translation>
    </message>
    <message>
        <source>The period is longer than {years} years; choose a shorter one</source>
        <translation>The period is longer than {years} years; choose a shorter one</translation>
    </message>
    <message>
        <source>Must be a list</source>
        <translation>Must be a list</translation>
    </message>
    <message>
        <source>Name the countries the data goes to</source>
        <translation>Name the countries the data goes to</translation>
    </message>
    <message>
        <source>Countries are given but the transfer abroad is set to no</source>
        <translation>Countries are given but the transfer abroad is set to no</translation>
    </message>
    <message>
        <source>An entry named “{name}” is already in the register</source>
        <translation>An entry named “{name}” is already in the register</translation>
    </message>
    <message>
        <source>Must be yes or no</source>
        <translation>Must be yes or no</translation>
    </message>
    <message>
        <source>Each recipient needs a name</source>
        <translation>Each recipient needs a name</translation>
    </message>
    <message>
        <source>Unknown data item {item}</source>
        <translation>Unknown data item {item}</translation>
    </message>
    <message>
        <source>Must be basic or sensitive</source>
        <translation>Must be basic or sensitive</translation>
    </message>
    <message>
        <source>Marked basic but holds sensitive data: {items}</source>
        <translation>Marked basic but holds sensitive data: {items}</translation>
    </message>
    <message>
        <source>The catalogue already has “{label}”</source>
        <translation>The catalogue already has “{label}”</translation>
    </message>
    <message>
        <source>is not UTF-8 text (save it from Excel as “CSV UTF-8”)</source>
        <translation>is not UTF-8 text (save it from Excel as “CSV UTF-8”)</translation>
    </message>
    <message>
        <source>is not a valid CSV file ({reason})</source>
        <translation>is not a valid CSV file ({reason})</translation>
    </message>
    <message>
        <source>is empty: the first row must name the columns</source>
        <translation>is empty: the first row must name the columns</translation>
    </message>
    <message>
        <source>unknown column (expected: {expected})</source>
        <translation>unknown column (expected: {expected})</translation>
    </message>
    <message>
        <source>column given twice</source>
        <translation>column given twice</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>missing column</translation>
    </message>
    <message>
        <source>more cells ({cells}) than columns ({columns})</source>
        <translation>more cells ({cells}) than columns ({columns})</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end})</source>
        <translation>The period starts ({start}) after it ends ({end})</translation>
    </message>
    <message>
        <source>wrong passphrase, or not a DPO Desk database ({detail}); the file was not changed</source>
        <translation>wrong passphrase, or not a DPO Desk database ({detail}); the file was not changed</translation>
    </message>
    <message>
        <source>wrong passphrase, or not a DPO Desk database; the file was not changed</source>
        <translation>wrong passphrase, or not a DPO Desk database; the file was not changed</translation>
    </message>
    <message>
        <source>no such database file; check the path, or create a new database with `dpo-desk init --db {file}`</source>
        <translation>no such database file; check the path, or create a new database with `dpo-desk init --db {file}`</translation>
    </message>
    <message>
        <source>already exists; nothing was changed (open it, or choose another name)</source>
        <translation>already exists; nothing was changed (open it, or choose another name)</translation>
    </message>
    <message>
        <source>{table} {record} changed elsewhere since you opened it; reload it</source>
        <translation>{table} {record} changed elsewhere since you opened it; reload it</translation>
    </message>
    <message>
        <source>{path}: the disk is full; the change was not saved (what was saved before is intact). Free some space, then try again.</source>
        <translation>{path}: the disk is full; the change was not saved (what was saved before is intact). Free some space, then try again.</translation>
    </message>
    <message>
        <source>{path}: the file or its folder is read-only; the change was not saved. Copy the database to a folder you may write to, or ask for write access.</source>
        <translation>{path}: the file or its folder is read-only; the change was not saved. Copy the database to a folder you may write to, or ask for write access.</translation>
    </message>
    <message>
        <source>{path}: cannot be opened for writing ({error}). Is the folder or the disk read-only?</source>
        <translation>{path}: cannot be opened for writing ({error}). Is the folder or the disk read-only?</translation>
    </message>
    <message>
        <source>{path}: the disk could not be read or written ({error}); the change was not saved. The disk may be full, unplugged or failing.</source>
        <translation>{path}: the disk could not be read or written ({error}); the change was not saved. The disk may be full, unplugged or failing.</translation>
    </message>
    <message>
        <source>{path}: another window or program kept the database busy for more than {seconds} seconds; the change was not saved. Try again.</source>
        <translation>{path}: another window or program kept the database busy for more than {seconds} seconds; the change was not saved. Try again.</translation>
    </message>
    <message>
        <source>{path}: SQLite reports damage ({error}); the change was not saved. Run the check, and restore a backup if needed.</source>
        <translation>{path}: SQLite reports damage ({error}); the change was not saved. Run the check, and restore a backup if needed.</translation>
    </message>
    <message>
        <source>{path}: the database file was deleted, moved or replaced while it was open; the change was not saved. Make a backup now to keep what is still open, then open that copy.</source>
        <translation>{path}: the database file was deleted, moved or replaced while it was open; the change was not saved. Make a backup now to keep what is still open, then open that copy.</translation>
    </message>
    <message>
        <source>has a sender (From) with line breaks, control or text-direction characters once decoded: a forged header</source>
        <translation>has a sender (From) with line breaks, control or text-direction characters once decoded: a forged header</translation>
    </message>
    <message>
        <source>is empty (0 bytes): not an e-mail</source>
        <translation>is empty (0 bytes): not an e-mail</translation>
    </message>
    <message>
        <source>is larger than {limit} MB: save its attachments and attach them to the case one by one</source>
        <translation>is larger than {limit} MB: save its attachments and attach them to the case one by one</translation>
    </message>
    <message>
        <source>is not an e-mail message (no From, Date or Subject header)</source>
        <translation>is not an e-mail message (no From, Date or Subject header)</translation>
    </message>
    <message>
        <source>holds messages nested more than {limit} deep</source>
        <translation>holds messages nested more than {limit} deep</translation>
    </message>
    <message>
        <source>has more than {limit} parts</source>
        <translation>has more than {limit} parts</translation>
    </message>
    <message>
        <source>is not an Outlook message (.msg) that can be read ({reason})</source>
        <translation>is not an Outlook message (.msg) that can be read ({reason})</translation>
    </message>
    <message>
        <source>is not an e-mail message</source>
        <translation>is not an e-mail message</translation>
    </message>
    <message>
        <source>has no sender address (From): enter the requester by hand</source>
        <translation>has no sender address (From): enter the requester by hand</translation>
    </message>
    <message>
        <source>names {count} senders (From): a forged or broken header</source>
        <translation>names {count} senders (From): a forged or broken header</translation>
    </message>
    <message>
        <source>has a sender address (From) that is not an e-mail address</source>
        <translation>has a sender address (From) that is not an e-mail address</translation>
    </message>
    <message>
        <source>has a sender name (From) showing {shown} while the message comes from {address}: a forged header</source>
        <translation>has a sender name (From) showing {shown} while the message comes from {address}: a forged header</translation>
    </message>
    <message>
        <source>The message has no usable date (Date): enter the day it was received</source>
        <translation>The message has no usable date (Date): enter the day it was received</translation>
    </message>
    <message>
        <source>Say why the case is erased (the audit trail records it)</source>
        <translation>Say why the case is erased (the audit trail records it)</translation>
    </message>
    <message>
        <source>Case {id} is still open ({status}): only a closed case can be erased</source>
        <translation>Case {id} is still open ({status}): only a closed case can be erased</translation>
    </message>
    <message>
        <source>Case {id} was already erased</source>
        <translation>Case {id} was already erased</translation>
    </message>
    <message>
        <source>Give the evidence a title: the notice lists it by its title</source>
        <translation>Give the evidence a title: the notice lists it by its title</translation>
    </message>
    <message>
        <source>A document kept as sent is not evidence to attach</source>
        <translation>A document kept as sent is not evidence to attach</translation>
    </message>
    <message>
        <source>A document kept as sent is evidence of the sending: it is never removed</source>
        <translation>A document kept as sent is evidence of the sending: it is never removed</translation>
    </message>
    <message>
        <source>is empty, not a DPO Desk backup</source>
        <translation>is empty, not a DPO Desk backup</translation>
    </message>
    <message>
        <source>fails SQLite&apos;s integrity check: {result}</source>
        <translation>fails SQLite&apos;s integrity check: {result}</translation>
    </message>
    <message>
        <source>does not have the schema of its version {version}: {named}</source>
        <translation>does not have the schema of its version {version}: {named}</translation>
    </message>
    <message>
        <source>cannot be read as a database ({error})</source>
        <translation>cannot be read as a database ({error})</translation>
    </message>
    <message>
        <source>is empty (0 bytes): not a database; restore a backup, or create a new database with `dpo-desk init`</source>
        <translation>is empty (0 bytes): not a database; restore a backup, or create a new database with `dpo-desk init`</translation>
    </message>
    <message>
        <source>is a link to a file that does not exist; give the real path of the new database</source>
        <translation>is a link to a file that does not exist; give the real path of the new database</translation>
    </message>
    <message>
        <source>does not have the schema of its version {version} ({named}); it was not upgraded. Restore a backup</source>
        <translation>does not have the schema of its version {version} ({named}); it was not upgraded. Restore a backup</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>is a folder, not a database file</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a device or a socket), not a database file</source>
        <translation>is not a regular file (a pipe, a device or a socket), not a database file</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>cannot be read ({error})</translation>
    </message>
    <message>
        <source>is not a SQLite database (not a DPO Desk file)</source>
        <translation>is not a SQLite database (not a DPO Desk file)</translation>
    </message>
    <message>
        <source>is a SQLite database of another application (application_id {id}), not a DPO Desk file</source>
        <translation>is a SQLite database of another application (application_id {id}), not a DPO Desk file</translation>
    </message>
    <message>
        <source>was written by a newer DPO Desk (schema {version}; this version knows up to schema {latest}). Update DPO Desk to open it; the file was not changed</source>
        <translation>was written by a newer DPO Desk (schema {version}; this version knows up to schema {latest}). Update DPO Desk to open it; the file was not changed</translation>
    </message>
    <message>
        <source>the -wal name beside it ({wal}) is not a regular file (a pipe, a device or a folder); SQLite cannot use it. Move it away, then open the file again</source>
        <translation>the -wal name beside it ({wal}) is not a regular file (a pipe, a device or a folder); SQLite cannot use it. Move it away, then open the file again</translation>
    </message>
    <message>
        <source>a -wal file ({wal}) lies beside a database that is absent or empty: it belongs to another file. Move it away, then open the file again</source>
        <translation>a -wal file ({wal}) lies beside a database that is absent or empty: it belongs to another file. Move it away, then open the file again</translation>
    </message>
    <message>
        <source>its -wal file ({wal}) was written by another database (pages of {size} bytes, the database&apos;s are {own}); SQLite would apply it and damage the file. Move the -wal file away (restore a backup if data are missing)</source>
        <translation>its -wal file ({wal}) was written by another database (pages of {size} bytes, the database&apos;s are {own}); SQLite would apply it and damage the file. Move the -wal file away (restore a backup if data are missing)</translation>
    </message>
    <message>
        <source>cannot read the database ({error}); run `dpo-desk check`, and restore a backup if needed</source>
        <translation>cannot read the database ({error}); run `dpo-desk check`, and restore a backup if needed</translation>
    </message>
</context>
<context>
    <name>event</name>
    <message>
        <source>Case recorded</source>
        <translation>Case recorded</translation>
    </message>
    <message>
        <source>{from} → {to}</source>
        <translation>{from} → {to}</translation>
    </message>
    <message>
        <source>Extended by {days} days to {due}: {reason}</source>
        <translation>Extended by {days} days to {due}: {reason}</translation>
    </message>
    <message>
        <source>Extended by 1 day to {due}: {reason}</source>
        <translation>Extended by 1 day to {due}: {reason}</translation>
    </message>
    <message>
        <source>Identity check: {result}</source>
        <translation>Identity check: {result}</translation>
    </message>
    <message>
        <source>Deadlines recomputed after a change of the calendar</source>
        <translation>Deadlines recomputed after a change of the calendar</translation>
    </message>
    <message>
        <source>Incident logged</source>
        <translation>Incident logged</translation>
    </message>
    <message>
        <source>Corrected after the notice was sent ({fields}): {reason}</source>
        <translation>Corrected after the notice was sent ({fields}): {reason}</translation>
    </message>
    <message>
        <source>File attached: {name}</source>
        <translation>File attached: {name}</translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation>Attached file removed</translation>
    </message>
    <message>
        <source>Document kept as sent: {name}</source>
        <translation>Document kept as sent: {name}</translation>
    </message>
    <message>
        <source>Notice to the authority kept as sent: {name}</source>
        <translation>Notice to the authority kept as sent: {name}</translation>
    </message>
    <message>
        <source>Final minutes kept as signed: {name}</source>
        <translation>Final minutes kept as signed: {name}</translation>
    </message>
    <message>
        <source>Notice to the people affected kept as sent: {name}</source>
        <translation>Notice to the people affected kept as sent: {name}</translation>
    </message>
    <message>
        <source>Evidence “{title}”, sent with the notice</source>
        <translation>Evidence “{title}”, sent with the notice</translation>
    </message>
    <message>
        <source>Evidence “{title}”, kept on file only</source>
        <translation>Evidence “{title}”, kept on file only</translation>
    </message>
    <message>
        <source>From the e-mail {source}: {name}</source>
        <translation>From the e-mail {source}: {name}</translation>
    </message>
    <message>
        <source>Personal data of complaint {complaint} erased ({fields}; attached files: {attachments}); reason: {reason}</source>
        <translation>Personal data of complaint {complaint} erased ({fields}; attached files: {attachments}); reason: {reason}</translation>
    </message>
    <message>
        <source>Attached file erased with complaint {complaint}</source>
        <translation>Attached file erased with complaint {complaint}</translation>
    </message>
    <message>
        <source>Imported from a CSV file</source>
        <translation>Imported from a CSV file</translation>
    </message>
    <message>
        <source>Duplicate of entry {entry}</source>
        <translation>Duplicate of entry {entry}</translation>
    </message>
    <message>
        <source>Imported from a privacy policy {source}</source>
        <translation>Imported from a privacy policy {source}</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Demo evidence</source>
        <translation>Demo evidence</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>Database file upgraded (schema {version})</source>
        <translation>Database file upgraded (schema {version})</translation>
    </message>
    <message>
        <source>Database file upgraded (schema {version}): audit trail format 2, previous last entry {head}</source>
        <translation>Database file upgraded (schema {version}): audit trail format 2, previous last entry {head}</translation>
    </message>
    <message>
        <source>{text} ({outcome})</source>
        <translation>{text} ({outcome})</translation>
    </message>
    <message>
        <source>{text}: {reason}</source>
        <translation>{text}: {reason}</translation>
    </message>
    <message>
        <source>{text} ({method})</source>
        <translation>{text} ({method})</translation>
    </message>
</context>
</TS>
