<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
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
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
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
    <name>CheckResultDialog</name>
    <message>
        <source>Check database</source>
        <translation>Check database</translation>
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
    <name>ComplaintsView</name>
    <message>
        <source>Complaints and requests</source>
        <translation>Complaints and requests</translation>
    </message>
    <message>
        <source>Complaints and data-subject requests, each answered within its deadline.</source>
        <translation>Complaints and data-subject requests, each answered within its deadline.</translation>
    </message>
    <message>
        <source>Complaints and requests are not available in this version yet</source>
        <translation>Complaints and requests are not available in this version yet</translation>
    </message>
    <message>
        <source>Nothing has been recorded here. Intake, deadlines under Decree 356, reminders and letters come in a later version.</source>
        <translation>Nothing has been recorded here. Intake, deadlines under Decree 356, reminders and letters come in a later version.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Your company&apos;s data protection desk at a glance.</source>
        <translation>Your company&apos;s data protection desk at a glance.</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <source>Edit the profile</source>
        <translation>Edit the profile</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Integrity and audit trail</source>
        <translation>Integrity and audit trail</translation>
    </message>
    <message>
        <source>Check the database now</source>
        <translation>Check the database now</translation>
    </message>
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
    <name>IncidentsView</name>
    <message>
        <source>Breach incidents</source>
        <translation>Breach incidents</translation>
    </message>
    <message>
        <source>Personal data breaches, the 72-hour clock and the notice to the Ministry of Public Security.</source>
        <translation>Personal data breaches, the 72-hour clock and the notice to the Ministry of Public Security.</translation>
    </message>
    <message>
        <source>Incidents are not available in this version yet</source>
        <translation>Incidents are not available in this version yet</translation>
    </message>
    <message>
        <source>Nothing has been recorded here. The incident log, the 72-hour clock and the notice on form 08 come in a later version.</source>
        <translation>Nothing has been recorded here. The incident log, the 72-hour clock and the notice on form 08 come in a later version.</translation>
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
        <source>Language</source>
        <translation>Language</translation>
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
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Person responsible for data protection</source>
        <translation>Person responsible for data protection</translation>
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
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Data category register</source>
        <translation>Data category register</translation>
    </message>
    <message>
        <source>What personal data the company collects, whose, why, on which legal basis, where it is stored, who receives it and how long it is kept.</source>
        <translation>What personal data the company collects, whose, why, on which legal basis, where it is stored, who receives it and how long it is kept.</translation>
    </message>
    <message>
        <source>The register is not available in this version yet</source>
        <translation>The register is not available in this version yet</translation>
    </message>
    <message>
        <source>Nothing has been recorded here. The register of data categories, with the catalogue of basic and sensitive data of Decree 356, comes in a later version.</source>
        <translation>Nothing has been recorded here. The register of data categories, with the catalogue of basic and sensitive data of Decree 356, comes in a later version.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Printable reports of the register, complaints and incidents, and incident packets for auditors.</source>
        <translation>Printable reports of the register, complaints and incidents, and incident packets for auditors.</translation>
    </message>
    <message>
        <source>Reports are not available in this version yet</source>
        <translation>Reports are not available in this version yet</translation>
    </message>
    <message>
        <source>Reports are drawn from the register, complaints and incidents, which arrive in later versions.</source>
        <translation>Reports are drawn from the register, complaints and incidents, which arrive in later versions.</translation>
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
        <source>The company profile printed on letters and notices, and your preferences. Fields marked * are required.</source>
        <translation>The company profile printed on letters and notices, and your preferences. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
</context>
<context>
    <name>core</name>
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
        <source>Must be one of: {allowed}</source>
        <translation>Must be one of: {allowed}</translation>
    </message>
    <message>
        <source>Must be a whole number of days from 1 to 90</source>
        <translation>Must be a whole number of days from 1 to 90</translation>
    </message>
    <message>
        <source>Unknown time zone (expected a name such as Asia/Ho_Chi_Minh)</source>
        <translation>Unknown time zone (expected a name such as Asia/Ho_Chi_Minh)</translation>
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
        <source>the record of the audit trail&apos;s last entry is missing</source>
        <translation>the record of the audit trail&apos;s last entry is missing</translation>
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
</context>
</TS>
