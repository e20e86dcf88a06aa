<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>e.g. wang_fang: lower-case letters, digits, _</source>
        <translation>e.g. wang_fang: lower-case letters, digits, _</translation>
    </message>
    <message>
        <source>None (marketplace staff)</source>
        <translation>None (marketplace staff)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Vendor</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AlibabaInvoicePage</name>
    <message>
        <source>(no ID)</source>
        <translation>(no ID)</translation>
    </message>
    <message>
        <source>Request %1: the Id is missing.</source>
        <translation>Request %1: the Id is missing.</translation>
    </message>
    <message>
        <source>Request %1: unknown Status &quot;%2&quot;.</source>
        <translation>Request %1: unknown Status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Request %1: the Price &quot;%2&quot; is not an amount.</source>
        <translation>Request %1: the Price &quot;%2&quot; is not an amount.</translation>
    </message>
    <message>
        <source>Request %1: the CreateTimeStr &quot;%2&quot; is not a time.</source>
        <translation>Request %1: the CreateTimeStr &quot;%2&quot; is not a time.</translation>
    </message>
    <message>
        <source>Request %1: the EvaluateList names no order.</source>
        <translation>Request %1: the EvaluateList names no order.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Application of %1</source>
        <translation>Application of %1</translation>
    </message>
    <message>
        <source>New partner application</source>
        <translation>New partner application</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>Company &amp;name</translation>
    </message>
    <message>
        <source>Entity &amp;type</source>
        <translation>Entity &amp;type</translation>
    </message>
    <message>
        <source>Credit c&amp;ode</source>
        <translation>Credit c&amp;ode</translation>
    </message>
    <message>
        <source>Product cate&amp;gory</source>
        <translation>Product cate&amp;gory</translation>
    </message>
    <message>
        <source>— province —</source>
        <translation>— province —</translation>
    </message>
    <message>
        <source>Registered &amp;location</source>
        <translation>Registered &amp;location</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>Registered location</translation>
    </message>
    <message>
        <source>Main business and strengths</source>
        <translation>Main business and strengths</translation>
    </message>
    <message>
        <source>Main &amp;business</source>
        <translation>Main &amp;business</translation>
    </message>
    <message>
        <source>Main business</source>
        <translation>Main business</translation>
    </message>
    <message>
        <source>Contact and service</source>
        <translation>Contact and service</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>13812345678 or 010-12345678</source>
        <translation>13812345678 or 010-12345678</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Service &amp;staff</source>
        <translation>Service &amp;staff</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>Service staff</translation>
    </message>
    <message>
        <source>Service &amp;hours</source>
        <translation>Service &amp;hours</translation>
    </message>
    <message>
        <source>5×8 or 7×24</source>
        <translation>5×8 or 7×24</translation>
    </message>
    <message>
        <source>&amp;Warranty period</source>
        <translation>&amp;Warranty period</translation>
    </message>
    <message>
        <source>%1 (deposit %2)</source>
        <translation>%1 (deposit %2)</translation>
    </message>
    <message>
        <source>&amp;Markets</source>
        <translation>&amp;Markets</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>I accept the 《服务商入驻协议》 (vendor entry agreement)</source>
        <translation>I accept the 《服务商入驻协议》 (vendor entry agreement)</translation>
    </message>
    <message>
        <source>I accept the 《服务商管理规范》 (vendor management rules)</source>
        <translation>I accept the 《服务商管理规范》 (vendor management rules)</translation>
    </message>
    <message>
        <source>I accept the 《平台协议》 (platform agreement)</source>
        <translation>I accept the 《平台协议》 (platform agreement)</translation>
    </message>
    <message>
        <source>Qualification material</source>
        <translation>Qualification material</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <source>%1: %2 (kept)</source>
        <translation>%1: %2 (kept)</translation>
    </message>
    <message>
        <source>— city —</source>
        <translation>— city —</translation>
    </message>
    <message>
        <source>Attach qualification material</source>
        <translation>Attach qualification material</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.ofd);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.ofd);;All files (*)</translation>
    </message>
    <message>
        <source>%1: %2 (new)</source>
        <translation>%1: %2 (new)</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Product category</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>The application no longer exists.</translation>
    </message>
    <message>
        <source>An application typed at %1 was never saved.</source>
        <translation>An application typed at %1 was never saved.</translation>
    </message>
</context>
<context>
    <name>ApplicationListModel</name>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>Registered location</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>ApplicationReviewDialog</name>
    <message>
        <source>Reason: why it is rejected, or why unticked items are overridden when approving</source>
        <translation>Reason: why it is rejected, or why unticked items are overridden when approving</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>&amp;Start review</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a file</source>
        <translation>Double-click or press Enter to open a file</translation>
    </message>
    <message>
        <source>Qualification material</source>
        <translation>Qualification material</translation>
    </message>
    <message>
        <source>Entry checklist: tick each condition that is met (Space), note what you checked (F2)</source>
        <translation>Entry checklist: tick each condition that is met (Space), note what you checked (F2)</translation>
    </message>
    <message>
        <source>The application could not be read: %1</source>
        <translation>The application could not be read: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 KB)</source>
        <translation>%1: %2 (%3 KB)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3&lt;br&gt;Credit code %4 · %5 %6&lt;br&gt;Contact %7, %8, %9&lt;br&gt;Markets: %10&lt;br&gt;Service staff %11 · hours %12 · warranty %13&lt;br&gt;Main business: %14</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3&lt;br&gt;Credit code %4 · %5 %6&lt;br&gt;Contact %7, %8, %9&lt;br&gt;Markets: %10&lt;br&gt;Service staff %11 · hours %12 · warranty %13&lt;br&gt;Main business: %14</translation>
    </message>
    <message>
        <source>Rejected before: %1</source>
        <translation>Rejected before: %1</translation>
    </message>
    <message>
        <source>Every condition is ticked.</source>
        <translation>Every condition is ticked.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 condition(s) not ticked yet.</source>
        <translation>
            <numerusform>%n of %1 condition not ticked yet.</numerusform>
            <numerusform>%n of %1 conditions not ticked yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>The application no longer exists.</source>
        <translation>The application no longer exists.</translation>
    </message>
    <message>
        <source>The application of %1 was changed by someone else. Reopen it.</source>
        <translation>The application of %1 was changed by someone else. Reopen it.</translation>
    </message>
    <message>
        <source>The application is under review or decided; the applicant&apos;s fields can no longer be changed.</source>
        <translation>The application is under review or decided; the applicant&apos;s fields can no longer be changed.</translation>
    </message>
    <message>
        <source>The application was changed by someone else. Reopen it.</source>
        <translation>The application was changed by someone else. Reopen it.</translation>
    </message>
    <message>
        <source>Checklist items are ticked while the application is under review.</source>
        <translation>Checklist items are ticked while the application is under review.</translation>
    </message>
    <message>
        <source>The application of %1 was changed by someone else. Look at it again.</source>
        <translation>The application of %1 was changed by someone else. Look at it again.</translation>
    </message>
    <message>
        <source>The application of %1 has moved on meanwhile; look at it again.</source>
        <translation>The application of %1 has moved on meanwhile; look at it again.</translation>
    </message>
    <message>
        <source>The application was changed by someone else. Look at it again.</source>
        <translation>The application was changed by someone else. Look at it again.</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Search company, credit code, contact or phone</source>
        <translation>Search company, credit code, contact or phone</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>New application…</translation>
    </message>
    <message>
        <source>Edit / resubmit…</source>
        <translation>Edit / resubmit…</translation>
    </message>
    <message>
        <source>Resume a draft or correct a rejected application (Ctrl+E)</source>
        <translation>Resume a draft or correct a rejected application (Ctrl+E)</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Open the checklist and decide (Ctrl+R, or Enter on a row)</source>
        <translation>Open the checklist and decide (Ctrl+R, or Enter on a row)</translation>
    </message>
    <message>
        <source>The application could not be read: %1</source>
        <translation>The application could not be read: %1</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>This application no longer exists.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>Registered location</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Service staff, hours, warranty</source>
        <translation>Service staff, hours, warranty</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>All three accepted</source>
        <translation>All three accepted</translation>
    </message>
    <message>
        <source>Not all accepted</source>
        <translation>Not all accepted</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>None attached</source>
        <translation>None attached</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 of %2 ticked</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Reject reason</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Database error</translation>
    </message>
    <message>
        <source>No applications yet. Type one in with New application….</source>
        <translation>No applications yet. Type one in with New application….</translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Switched to normal invoice</source>
        <translation>Switched to normal invoice</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Contact changed</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation>Deposit: %1</translation>
    </message>
    <message>
        <source>Deposit receipt mailed</source>
        <translation>Deposit receipt mailed</translation>
    </message>
    <message>
        <source>Surcharge proposed</source>
        <translation>Surcharge proposed</translation>
    </message>
    <message>
        <source>Surcharge confirmed</source>
        <translation>Surcharge confirmed</translation>
    </message>
    <message>
        <source>Surcharge declined</source>
        <translation>Surcharge declined</translation>
    </message>
    <message>
        <source>Violation recorded</source>
        <translation>Violation recorded</translation>
    </message>
    <message>
        <source>Material change recorded</source>
        <translation>Material change recorded</translation>
    </message>
    <message>
        <source>Material change reported</source>
        <translation>Material change reported</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why it left</source>
        <translation>Why it left</translation>
    </message>
    <message>
        <source>For a deposit shortfall</source>
        <translation>For a deposit shortfall</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Counted in year</source>
        <translation>Counted in year</translation>
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
        <source>Effective on</source>
        <translation>Effective on</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Request number</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <source>Buyer&apos;s consent</source>
        <translation>Buyer&apos;s consent</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Title kind</source>
        <translation>Title kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>Taxpayer ID</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Registered phone</source>
        <translation>Registered phone</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Statement period</source>
        <translation>Statement period</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Issue by</source>
        <translation>Issue by</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Invoiced at</source>
        <translation>Invoiced at</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone</source>
        <translation>Recipient&apos;s phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Cash on delivery</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Why it failed</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Return reason</translation>
    </message>
    <message>
        <source>Return explanation</source>
        <translation>Return explanation</translation>
    </message>
    <message>
        <source>Booked by the buyer</source>
        <translation>Booked by the buyer</translation>
    </message>
    <message>
        <source>Return requested at</source>
        <translation>Return requested at</translation>
    </message>
    <message>
        <source>Return courier</source>
        <translation>Return courier</translation>
    </message>
    <message>
        <source>Return tracking number</source>
        <translation>Return tracking number</translation>
    </message>
    <message>
        <source>Red-letter confirmation number</source>
        <translation>Red-letter confirmation number</translation>
    </message>
    <message>
        <source>Red-letter form lapses at</source>
        <translation>Red-letter form lapses at</translation>
    </message>
    <message>
        <source>Why the return was declined</source>
        <translation>Why the return was declined</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nothing due</translation>
    </message>
    <message>
        <source>the buyer</source>
        <translation>the buyer</translation>
    </message>
    <message>
        <source>MarketDesk, by the rules</source>
        <translation>MarketDesk, by the rules</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message numerus="yes">
        <source>Issue %n requests</source>
        <translation>
            <numerusform>Issue %n requests</numerusform>
            <numerusform>Issue %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the tax software&apos;s results</source>
        <translation>Apply the tax software&apos;s results</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>e.g. 04471235</source>
        <translation>e.g. 04471235</translation>
    </message>
    <message>
        <source>&amp;First invoice number</source>
        <translation>&amp;First invoice number</translation>
    </message>
    <message>
        <source>&amp;Courier for all</source>
        <translation>&amp;Courier for all</translation>
    </message>
    <message>
        <source>&amp;Issue all</source>
        <translation>&amp;Issue all</translation>
    </message>
    <message>
        <source>The order was refunded: mark the request refunded instead.</source>
        <translation>The order was refunded: mark the request refunded instead.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message numerus="yes">
        <source>All %n lines are ready. Issuing applies all of them or none.</source>
        <translation>
            <numerusform>All %n lines are ready. Issuing applies all of them or none.</numerusform>
            <numerusform>All %n lines are ready. Issuing applies all of them or none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines have a problem: nothing can be issued until every line is ready.</source>
        <translation>
            <numerusform>%n lines have a problem: nothing can be issued until every line is ready.</numerusform>
            <numerusform>%n lines have a problem: nothing can be issued until every line is ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was issued</source>
        <translation>Nothing was issued</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Invoice file</source>
        <translation>Invoice file</translation>
    </message>
    <message>
        <source>Choose the folder with the invoice files…</source>
        <translation>Choose the folder with the invoice files…</translation>
    </message>
    <message>
        <source>Each electronic invoice&apos;s file is the PDF, OFD or XML file whose name contains its invoice number, or else its order ID.</source>
        <translation>Each electronic invoice&apos;s file is the PDF, OFD or XML file whose name contains its invoice number, or else its order ID.</translation>
    </message>
    <message>
        <source>Invoice fi&amp;les</source>
        <translation>Invoice fi&amp;les</translation>
    </message>
    <message>
        <source>Folder with the invoice files</source>
        <translation>Folder with the invoice files</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 is larger than 20 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Choose the folder with the invoice files.</source>
        <translation>Choose the folder with the invoice files.</translation>
    </message>
    <message>
        <source>%1 is matched to more than one request.</source>
        <translation>%1 is matched to more than one request.</translation>
    </message>
    <message>
        <source>Read the courier&apos;s list of parcels…</source>
        <translation>Read the courier&apos;s list of parcels…</translation>
    </message>
    <message>
        <source>The CSV the courier&apos;s system exports after booking: each paper request takes the parcel whose reference is its order ID, or else the parcel sent to its recipient&apos;s phone.</source>
        <translation>The CSV the courier&apos;s system exports after booking: each paper request takes the parcel whose reference is its order ID, or else the parcel sent to its recipient&apos;s phone.</translation>
    </message>
    <message>
        <source>Trac&amp;king numbers</source>
        <translation>Trac&amp;king numbers</translation>
    </message>
    <message>
        <source>The courier&apos;s list of parcels</source>
        <translation>The courier&apos;s list of parcels</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (order %2): %3</source>
        <translation>%1 (order %2): %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name no request of this batch: %1.</source>
        <translation>
            <numerusform>%n line names no request of this batch: %1.</numerusform>
            <numerusform>%n lines name no request of this batch: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n paper request(s) got their tracking numbers.</source>
        <translation>
            <numerusform>%1: %2 of %n paper request got its tracking number.</numerusform>
            <numerusform>%1: %2 of %n paper requests got their tracking numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyerRecordFile</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not 企业, 个人 or 组织.</source>
        <translation>%1 &quot;%2&quot; is not 企业, 个人 or 组织.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not 是 or 否.</source>
        <translation>%1 &quot;%2&quot; is not 是 or 否.</translation>
    </message>
    <message>
        <source>The line has neither a title nor an address.</source>
        <translation>The line has neither a title nor an address.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a file of buyer records: the header lacks %1.</source>
        <translation>This is not a file of buyer records: the header lacks %1.</translation>
    </message>
    <message>
        <source>The title of %1 is already on line %2.</source>
        <translation>The title of %1 is already on line %2.</translation>
    </message>
</context>
<context>
    <name>BuyerRecordImporter</name>
    <message>
        <source>%1 %2 is not a buyer in this database.</source>
        <translation>%1 %2 is not a buyer in this database.</translation>
    </message>
</context>
<context>
    <name>BuyerService</name>
    <message>
        <source>The title has no identifier.</source>
        <translation>The title has no identifier.</translation>
    </message>
    <message>
        <source>The buyer no longer exists.</source>
        <translation>The buyer no longer exists.</translation>
    </message>
    <message>
        <source>The title was changed by someone else. Open it again.</source>
        <translation>The title was changed by someone else. Open it again.</translation>
    </message>
    <message>
        <source>The address has no identifier.</source>
        <translation>The address has no identifier.</translation>
    </message>
    <message>
        <source>The address was changed by someone else. Open it again.</source>
        <translation>The address was changed by someone else. Open it again.</translation>
    </message>
</context>
<context>
    <name>CatalogueEntryDialog</name>
    <message>
        <source>In &amp;use</source>
        <translation>In &amp;use</translation>
    </message>
    <message>
        <source>New market</source>
        <translation>New market</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>New checklist condition</source>
        <translation>New checklist condition</translation>
    </message>
    <message>
        <source>Checklist condition</source>
        <translation>Checklist condition</translation>
    </message>
    <message>
        <source>New violation type</source>
        <translation>New violation type</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Violation type</translation>
    </message>
    <message>
        <source>Every market</source>
        <translation>Every market</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Market</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Condition</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Violation</source>
        <translation>&amp;Violation</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>&amp;Deposit</source>
        <translation>&amp;Deposit</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Points</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
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
        <source>The entry no longer exists.</source>
        <translation>The entry no longer exists.</translation>
    </message>
    <message>
        <source>New courier</source>
        <translation>New courier</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Every market</source>
        <translation>Every market</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>Violation type</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The key %1 is already used.</source>
        <translation>The key %1 is already used.</translation>
    </message>
    <message>
        <source>Someone else changed this entry meanwhile. Reopen it.</source>
        <translation>Someone else changed this entry meanwhile. Reopen it.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 is already in the list.</translation>
    </message>
</context>
<context>
    <name>CataloguesPage</name>
    <message>
        <source>Markets and deposits</source>
        <translation>Markets and deposits</translation>
    </message>
    <message>
        <source>Entry checklists</source>
        <translation>Entry checklists</translation>
    </message>
    <message>
        <source>Violation types</source>
        <translation>Violation types</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Add an entry to this catalogue (Ctrl+N)</source>
        <translation>Add an entry to this catalogue (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected entry (Enter)</source>
        <translation>Change the selected entry (Enter)</translation>
    </message>
    <message>
        <source>A vendor&apos;s deposit due is the highest deposit among its markets. Changes apply to applications and violations recorded from now on.</source>
        <translation>A vendor&apos;s deposit due is the highest deposit among its markets. Changes apply to applications and violations recorded from now on.</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Database error</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>Couriers</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Every market</source>
        <translation>Every market</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not ticked yet</source>
        <translation>Not ticked yet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Reviewer&apos;s note</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
</context>
<context>
    <name>ColumnFilter</name>
    <message>
        <source>Type an amount such as 50 or 1,234.50, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</source>
        <translation>Type an amount such as 50 or 1,234.50, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</translation>
    </message>
    <message>
        <source>Type a whole number, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</source>
        <translation>Type a whole number, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</translation>
    </message>
    <message>
        <source>Type a date as 2026, 2026-11, 2026-11-23, today or yesterday, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 2026-01..2026-03.</source>
        <translation>Type a date as 2026, 2026-11, 2026-11-23, today or yesterday, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 2026-01..2026-03.</translation>
    </message>
    <message>
        <source>Type both ends of a range as durations, like 1d..3d.</source>
        <translation>Type both ends of a range as durations, like 1d..3d.</translation>
    </message>
    <message>
        <source>Type the time left as 12h or 3d (小时, 天; &lt;0h is overdue), or a date as 2026-11-23 or today, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 1d..3d.</source>
        <translation>Type the time left as 12h or 3d (小时, 天; &lt;0h is overdue), or a date as 2026-11-23 or today, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 1d..3d.</translation>
    </message>
    <message>
        <source>Type the time waited as 12h or 3d (小时, 天), or a date as 2026-11-23 or today, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 1d..3d.</source>
        <translation>Type the time waited as 12h or 3d (小时, 天), or a date as 2026-11-23 or today, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 1d..3d.</translation>
    </message>
</context>
<context>
    <name>CommandJournal</name>
    <message>
        <source>The server cannot be reached, so nothing was saved. Save again once the status bar says the connection is back.</source>
        <translation>The server cannot be reached, so nothing was saved. Save again once the status bar says the connection is back.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>MarketDesk: the back office of a cloud marketplace.</source>
        <translation>MarketDesk: the back office of a cloud marketplace.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Use this database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME. Default: MARKETDESK_DATABASE, else the saved setting, else the embedded SQLite file in the data folder.</source>
        <translation>Use this database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME. Default: MARKETDESK_DATABASE, else the saved setting, else the embedded SQLite file in the data folder.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Fill the (empty) database with a demo data set of N orders and invoice requests, then exit.</source>
        <translation>Fill the (empty) database with a demo data set of N orders and invoice requests, then exit.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>Open this page: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Render the main window to this PNG file and exit.</source>
        <translation>Render the main window to this PNG file and exit.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>Interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--demo-data needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--demo-data needs a whole number of 1 or more, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;. Pages: %2.</source>
        <translation>There is no page &quot;%1&quot;. Pages: %2.</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not &quot;%1&quot;.</source>
        <translation>--lang takes zh_CN or en, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Import the vendor console&apos;s invoice list export (CSV) into the invoice queue, then exit. Prints each bad line and &quot;imported N, rejected M&quot;; nothing is imported while a line is bad.</source>
        <translation>Import the vendor console&apos;s invoice list export (CSV) into the invoice queue, then exit. Prints each bad line and &quot;imported N, rejected M&quot;; nothing is imported while a line is bad.</translation>
    </message>
    <message>
        <source>Pull the marketplace&apos;s invoice requests, push the results waiting in the outbox, print what was done and exit. The AccessKey comes from MARKETDESK_ACCESS_KEY_ID and MARKETDESK_ACCESS_KEY_SECRET (and MARKETDESK_SECURITY_TOKEN) when set, else from the keyring, else from a prompt.</source>
        <translation>Pull the marketplace&apos;s invoice requests, push the results waiting in the outbox, print what was done and exit. The AccessKey comes from MARKETDESK_ACCESS_KEY_ID and MARKETDESK_ACCESS_KEY_SECRET (and MARKETDESK_SECURITY_TOKEN) when set, else from the keyring, else from a prompt.</translation>
    </message>
    <message>
        <source>Set up the PostgreSQL database of --database as a team server (schema, roles, permissions and row-level security), then exit. Run it as the owner of the database, again after each upgrade.</source>
        <translation>Set up the PostgreSQL database of --database as a team server (schema, roles, permissions and row-level security), then exit. Run it as the owner of the database, again after each upgrade.</translation>
    </message>
    <message>
        <source>Add a user with its own login to the team server of --database, then exit. Needs --role; the password comes from MARKETDESK_NEW_PASSWORD when set, else from a prompt.</source>
        <translation>Add a user with its own login to the team server of --database, then exit. Needs --role; the password comes from MARKETDESK_NEW_PASSWORD when set, else from a prompt.</translation>
    </message>
    <message>
        <source>With --add-user: reviewer, clerk, delivery, entry, admin or a custom role.</source>
        <translation>With --add-user: reviewer, clerk, delivery, entry, admin or a custom role.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>With --add-user: the vendor (ID or exact name) the user works for.</source>
        <translation>With --add-user: the vendor (ID or exact name) the user works for.</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>VENDOR</translation>
    </message>
    <message>
        <source>--add-user needs --role (reviewer, clerk, delivery, entry, admin or a custom role).</source>
        <translation>--add-user needs --role (reviewer, clerk, delivery, entry, admin or a custom role).</translation>
    </message>
    <message>
        <source>--role and --vendor go with --add-user NAME.</source>
        <translation>--role and --vendor go with --add-user NAME.</translation>
    </message>
    <message>
        <source>Import buyers&apos; invoice titles and mailing addresses (CSV, one buyer per line, by 客户ID), then exit. Prints each bad line and &quot;imported N, rejected M&quot;; nothing is imported while a line is bad.</source>
        <translation>Import buyers&apos; invoice titles and mailing addresses (CSV, one buyer per line, by 客户ID), then exit. Prints each bad line and &quot;imported N, rejected M&quot;; nothing is imported while a line is bad.</translation>
    </message>
    <message>
        <source>With --import-invoice-requests or --import-buyer-records: import the good lines even when some are bad, and exit with 0.</source>
        <translation>With --import-invoice-requests or --import-buyer-records: import the good lines even when some are bad, and exit with 0.</translation>
    </message>
    <message>
        <source>--skip-invalid goes with --import-invoice-requests FILE or --import-buyer-records FILE.</source>
        <translation>--skip-invalid goes with --import-invoice-requests FILE or --import-buyer-records FILE.</translation>
    </message>
    <message>
        <source>Import one file at a time: --import-invoice-requests or --import-buyer-records.</source>
        <translation>Import one file at a time: --import-invoice-requests or --import-buyer-records.</translation>
    </message>
    <message>
        <source>Apply what is due now (automatic acceptance of deliveries, lapse of unconfirmed red-letter forms, suspension of vendors still short of their deposit after the settlement, delisting of products without orders), print what was done and exit: for a server&apos;s scheduler. Safe to run beside open clients; each job is applied once.</source>
        <translation>Apply what is due now (automatic acceptance of deliveries, lapse of unconfirmed red-letter forms, suspension of vendors still short of their deposit after the settlement, delisting of products without orders), print what was done and exit: for a server&apos;s scheduler. Safe to run beside open clients; each job is applied once.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Someone else saved this record while you edited it. Your changes touch other fields than theirs, so both can be kept.</source>
        <translation>Someone else saved this record while you edited it. Your changes touch other fields than theirs, so both can be kept.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you edited it. Fields in red were changed by both of you; merging keeps theirs there.</source>
        <translation>Someone else saved this record while you edited it. Fields in red were changed by both of you; merging keeps theirs there.</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Reload theirs</translation>
    </message>
    <message>
        <source>&amp;Theirs plus my changes</source>
        <translation>&amp;Theirs plus my changes</translation>
    </message>
    <message>
        <source>Their version is loaded.</source>
        <translation>Their version is loaded.</translation>
    </message>
    <message>
        <source>Their version plus your changes: check and save again.</source>
        <translation>Their version plus your changes: check and save again.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you worked on it, and their version no longer allows your step: reload theirs and decide again.</source>
        <translation>Someone else saved this record while you worked on it, and their version no longer allows your step: reload theirs and decide again.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you worked on it, but not the fields your step changes: your step can be applied to their version.</source>
        <translation>Someone else saved this record while you worked on it, but not the fields your step changes: your step can be applied to their version.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you worked on it. Fields in red were changed by both: reload theirs and decide again.</source>
        <translation>Someone else saved this record while you worked on it. Fields in red were changed by both: reload theirs and decide again.</translation>
    </message>
    <message>
        <source>&amp;Apply my step to theirs</source>
        <translation>&amp;Apply my step to theirs</translation>
    </message>
</context>
<context>
    <name>ConnectingNotice</name>
    <message>
        <source>MarketDesk</source>
        <translation>MarketDesk</translation>
    </message>
    <message>
        <source>MarketDesk is connecting to %1…</source>
        <translation>MarketDesk is connecting to %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>Database &amp;name</source>
        <translation>Database &amp;name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Taken from PGPASSWORD or ~/.pgpass, or asked for when needed; never stored by MarketDesk.</source>
        <translation>Taken from PGPASSWORD or ~/.pgpass, or asked for when needed; never stored by MarketDesk.</translation>
    </message>
    <message>
        <source>Embedded SQLite file</source>
        <translation>Embedded SQLite file</translation>
    </message>
    <message>
        <source>PostgreSQL server (team)</source>
        <translation>PostgreSQL server (team)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>Fill in every field.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>Connected. The database is empty; MarketDesk will set it up.</source>
        <translation>Connected. The database is empty; MarketDesk will set it up.</translation>
    </message>
    <message>
        <source>Connected. Schema version %1.</source>
        <translation>Connected. Schema version %1.</translation>
    </message>
    <message>
        <source>Connected, but the schema could not be read: %1</source>
        <translation>Connected, but the schema could not be read: %1</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>Sche&amp;ma</translation>
    </message>
    <message>
        <source>the server&apos;s default</source>
        <translation>the server&apos;s default</translation>
    </message>
    <message>
        <source>Schema: use letters, digits and _, not starting with a digit.</source>
        <translation>Schema: use letters, digits and _, not starting with a digit.</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation>Waiting for %1 to answer…</translation>
    </message>
</context>
<context>
    <name>ConsoleInvoiceExport</name>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an order ID (letters, digits, - and _, at most 64).</source>
        <translation>%1 &quot;%2&quot; is not an order ID (letters, digits, - and _, at most 64).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a phone number.</source>
        <translation>%1 &quot;%2&quot; is not a phone number.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must have 8 digits (paper and electronic) or 20 digits (数电).</source>
        <translation>%1 &quot;%2&quot; must have 8 digits (paper and electronic) or 20 digits (数电).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 must be more than zero.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an invoice type the console uses.</source>
        <translation>%1 &quot;%2&quot; is not an invoice type the console uses.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an invoice status the console uses.</source>
        <translation>%1 &quot;%2&quot; is not an invoice status the console uses.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a time like 2026-11-23 10:05:00.</source>
        <translation>%1 &quot;%2&quot; is not a time like 2026-11-23 10:05:00.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a console invoice export: the header lacks %1.</source>
        <translation>This is not a console invoice export: the header lacks %1.</translation>
    </message>
    <message>
        <source>Order ID %1 is already on line %2.</source>
        <translation>Order ID %1 is already on line %2.</translation>
    </message>
</context>
<context>
    <name>ContractDraftConflict</name>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Vendor (party B)</source>
        <translation>Vendor (party B)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Seal method</source>
        <translation>Seal method</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Project filed</source>
        <translation>Project filed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Seal method</source>
        <translation>Seal method</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sub-state</source>
        <translation>Sub-state</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paper copies due</source>
        <translation>Paper copies due</translation>
    </message>
</context>
<context>
    <name>ContractOrderPickModel</name>
    <message>
        <source>In contract %1</source>
        <translation>In contract %1</translation>
    </message>
    <message>
        <source>%1: cannot be listed</source>
        <translation>%1: cannot be listed</translation>
    </message>
    <message>
        <source>Refund order: counts negative</source>
        <translation>Refund order: counts negative</translation>
    </message>
    <message>
        <source>Order %1 would make the total %2; a contract&apos;s total may not be negative.</source>
        <translation>Order %1 would make the total %2; a contract&apos;s total may not be negative.</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Order type</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Amount in the contract</source>
        <translation>Amount in the contract</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ContractParties</name>
    <message>
        <source>No buyer has customer ID %1.</source>
        <translation>No buyer has customer ID %1.</translation>
    </message>
    <message>
        <source>%1 (individual)</source>
        <translation>%1 (individual)</translation>
    </message>
    <message>
        <source>This buyer has no framework contract with this vendor yet.</source>
        <translation>This buyer has no framework contract with this vendor yet.</translation>
    </message>
    <message>
        <source>Framework contract %1: %2.</source>
        <translation>Framework contract %1: %2.</translation>
    </message>
    <message>
        <source>Enter the customer ID of an existing buyer.</source>
        <translation>Enter the customer ID of an existing buyer.</translation>
    </message>
    <message>
        <source>Choose the vendor.</source>
        <translation>Choose the vendor.</translation>
    </message>
    <message>
        <source>This buyer already has framework contract %1 with this vendor; void or terminate it first.</source>
        <translation>This buyer already has framework contract %1 with this vendor; void or terminate it first.</translation>
    </message>
    <message>
        <source>An order or filing contract needs an effective framework contract with this buyer and vendor.</source>
        <translation>An order or filing contract needs an effective framework contract with this buyer and vendor.</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>The contract no longer exists.</source>
        <translation>The contract no longer exists.</translation>
    </message>
    <message>
        <source>Contract %1 was changed by someone else. Look at it again.</source>
        <translation>Contract %1 was changed by someone else. Look at it again.</translation>
    </message>
    <message>
        <source>Contract %1 (%2) cannot take the step &quot;%3&quot;.</source>
        <translation>Contract %1 (%2) cannot take the step &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Contract %1 is no longer a draft; its text cannot change.</source>
        <translation>Contract %1 is no longer a draft; its text cannot change.</translation>
    </message>
    <message>
        <source>The buyer account no longer exists.</source>
        <translation>The buyer account no longer exists.</translation>
    </message>
    <message>
        <source>An individual buyer signs with two-sided e-seals.</source>
        <translation>An individual buyer signs with two-sided e-seals.</translation>
    </message>
    <message>
        <source>This buyer already has framework contract %1 with this vendor; void or terminate it first.</source>
        <translation>This buyer already has framework contract %1 with this vendor; void or terminate it first.</translation>
    </message>
    <message>
        <source>An order or filing contract stands under an effective framework contract with the same buyer and vendor; there is none yet.</source>
        <translation>An order or filing contract stands under an effective framework contract with the same buyer and vendor; there is none yet.</translation>
    </message>
    <message>
        <source>A picked order is not an order of this buyer with this vendor.</source>
        <translation>A picked order is not an order of this buyer with this vendor.</translation>
    </message>
    <message>
        <source>Order %1 is already listed in contract %2.</source>
        <translation>Order %1 is already listed in contract %2.</translation>
    </message>
    <message>
        <source>Order %1 is being refunded or was refunded in full; it cannot be listed.</source>
        <translation>Order %1 is being refunded or was refunded in full; it cannot be listed.</translation>
    </message>
    <message>
        <source>Order %1 is picked twice.</source>
        <translation>Order %1 is picked twice.</translation>
    </message>
    <message>
        <source>The refund orders would make the total %1; a contract&apos;s total may not be negative.</source>
        <translation>The refund orders would make the total %1; a contract&apos;s total may not be negative.</translation>
    </message>
    <message>
        <source>The framework contract this contract stands under is no longer effective.</source>
        <translation>The framework contract this contract stands under is no longer effective.</translation>
    </message>
    <message>
        <source>Paper copies are requested once, for an effective contract; contract %1 cannot have them now.</source>
        <translation>Paper copies are requested once, for an effective contract; contract %1 cannot have them now.</translation>
    </message>
    <message>
        <source>Only a voided contract can be deleted; void contract %1 first.</source>
        <translation>Only a voided contract can be deleted; void contract %1 first.</translation>
    </message>
    <message>
        <source>Contracts %1 stand under framework contract %2; it is kept.</source>
        <translation>Contracts %1 stand under framework contract %2; it is kept.</translation>
    </message>
</context>
<context>
    <name>ContractWizard</name>
    <message>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <source>Confirm &amp;signing</source>
        <translation>Confirm &amp;signing</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who signs, and which kind of contract.</source>
        <translation>Who signs, and which kind of contract.</translation>
    </message>
    <message>
        <source>Customer ID, e.g. C880001</source>
        <translation>Customer ID, e.g. C880001</translation>
    </message>
    <message>
        <source>&amp;Buyer</source>
        <translation>&amp;Buyer</translation>
    </message>
    <message>
        <source>(choose the vendor)</source>
        <translation>(choose the vendor)</translation>
    </message>
    <message>
        <source>&amp;Vendor (party B)</source>
        <translation>&amp;Vendor (party B)</translation>
    </message>
    <message>
        <source>The terms for all purchases of this buyer from this vendor; one valid per account.</source>
        <translation>The terms for all purchases of this buyer from this vendor; one valid per account.</translation>
    </message>
    <message>
        <source>Lists orders with their amounts; stands under an effective framework contract.</source>
        <translation>Lists orders with their amounts; stands under an effective framework contract.</translation>
    </message>
    <message>
        <source>Lists the orders of a project the buyer files for record; stands under an effective framework contract.</source>
        <translation>Lists the orders of a project the buyer files for record; stands under an effective framework contract.</translation>
    </message>
    <message>
        <source>Seal method</source>
        <translation>Seal method</translation>
    </message>
    <message>
        <source>How the contract is sealed; it cannot change once generated.</source>
        <translation>How the contract is sealed; it cannot change once generated.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Only paid orders not listed in another contract can be picked; refund orders count negative and the total may not fall below zero.</source>
        <translation>Only paid orders not listed in another contract can be picked; refund orders count negative and the total may not fall below zero.</translation>
    </message>
    <message>
        <source>e.g. 数据中心上云项目</source>
        <translation>e.g. 数据中心上云项目</translation>
    </message>
    <message>
        <source>&amp;Project filed</source>
        <translation>&amp;Project filed</translation>
    </message>
    <message>
        <source>Contract total: %1</source>
        <translation>Contract total: %1</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>Party A</translation>
    </message>
    <message>
        <source>The buyer&apos;s details as the contract states them; saving them here also updates the buyer&apos;s saved details.</source>
        <translation>The buyer&apos;s details as the contract states them; saving them here also updates the buyer&apos;s saved details.</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Project filed</source>
        <translation>Project filed</translation>
    </message>
    <message>
        <source>Contract text</source>
        <translation>Contract text</translation>
    </message>
    <message>
        <source>Read the generated text. Go back to change anything.</source>
        <translation>Read the generated text. Go back to change anything.</translation>
    </message>
    <message>
        <source>I have read the text and confirm it</source>
        <translation>I have read the text and confirm it</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Once signing is confirmed the text is final and the contract goes to the customer for signing.</source>
        <translation>Once signing is confirmed the text is final and the contract goes to the customer for signing.</translation>
    </message>
    <message>
        <source>Confirm signing with the method chosen</source>
        <translation>Confirm signing with the method chosen</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <source>An individual buyer signs with two-sided e-seals; there is no choice.</source>
        <translation>An individual buyer signs with two-sided e-seals; there is no choice.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4&lt;br&gt;Party A: %5&lt;br&gt;Party B: %6&lt;br&gt;Valid %7 – %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4&lt;br&gt;Party A: %5&lt;br&gt;Party B: %6&lt;br&gt;Valid %7 – %8</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n order(s), total %1</source>
        <translation>
            <numerusform>&lt;br&gt;%n order, total %1</numerusform>
            <numerusform>&lt;br&gt;%n orders, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the project filed.</source>
        <translation>Name the project filed.</translation>
    </message>
    <message>
        <source>Pick at least one order.</source>
        <translation>Pick at least one order.</translation>
    </message>
    <message>
        <source>Read the text and confirm it to go on.</source>
        <translation>Read the text and confirm it to go on.</translation>
    </message>
    <message>
        <source>Tick the confirmation to sign.</source>
        <translation>Tick the confirmation to sign.</translation>
    </message>
    <message>
        <source>Draft %1 saved at %2.</source>
        <translation>Draft %1 saved at %2.</translation>
    </message>
    <message>
        <source>Close without saving? &quot;Save draft&quot; keeps the contract to finish later.</source>
        <translation>Close without saving? &quot;Save draft&quot; keeps the contract to finish later.</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Search contract number, customer, party A or vendor</source>
        <translation>Search contract number, customer, party A or vendor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>New contract…</translation>
    </message>
    <message>
        <source>Continue draft…</source>
        <translation>Continue draft…</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Finish generating</source>
        <translation>Finish generating</translation>
    </message>
    <message>
        <source>Customer signed</source>
        <translation>Customer signed</translation>
    </message>
    <message>
        <source>Cancel signing…</source>
        <translation>Cancel signing…</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Confirm the cancellation</translation>
    </message>
    <message>
        <source>Platform signed</source>
        <translation>Platform signed</translation>
    </message>
    <message>
        <source>Paper copies</source>
        <translation>Paper copies</translation>
    </message>
    <message>
        <source>Request paper copies…</source>
        <translation>Request paper copies…</translation>
    </message>
    <message>
        <source>Paper copies mailed…</source>
        <translation>Paper copies mailed…</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
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
        <source>The contract could not be read: %1</source>
        <translation>The contract could not be read: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Seal method</source>
        <translation>Seal method</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Vendor (party B)</source>
        <translation>Vendor (party B)</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>Party A</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Framework contract</source>
        <translation>Framework contract</translation>
    </message>
    <message>
        <source>Project filed</source>
        <translation>Project filed</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Effective since</source>
        <translation>Effective since</translation>
    </message>
    <message>
        <source>Terminated at</source>
        <translation>Terminated at</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>Voided at</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) to %1 %2, %3 %4</source>
        <translation>
            <numerusform>%n copy to %1 %2, %3 %4</numerusform>
            <numerusform>%n copies to %1 %2, %3 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Mailed</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Mail by</source>
        <translation>Mail by</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <source>The text is generated once the details are filled in.</source>
        <translation>The text is generated once the details are filled in.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Why (%1)?</source>
        <translation>Why (%1)?</translation>
    </message>
    <message>
        <source>%1 for contract %2?</source>
        <translation>%1 for contract %2?</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>Delete contract</translation>
    </message>
    <message>
        <source>Delete voided contract %1? Its orders can then be listed in another contract.</source>
        <translation>Delete voided contract %1? Its orders can then be listed in another contract.</translation>
    </message>
    <message>
        <source>Save contract %1 as PDF</source>
        <translation>Save contract %1 as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Paper copies of contract %1 mailed</source>
        <translation>Paper copies of contract %1 mailed</translation>
    </message>
    <message>
        <source>No contracts yet. Draw one up with New contract….</source>
        <translation>No contracts yet. Draw one up with New contract….</translation>
    </message>
</context>
<context>
    <name>CourierManifest</name>
    <message>
        <source>This is not a courier&apos;s list of parcels: no column of its first line is named 运单号, 快递单号 or tracking number.</source>
        <translation>This is not a courier&apos;s list of parcels: no column of its first line is named 运单号, 快递单号 or tracking number.</translation>
    </message>
    <message>
        <source>The courier&apos;s list names neither the order ID (订单号, 客户订单号) nor the recipient&apos;s phone (收件人电话) of its parcels.</source>
        <translation>The courier&apos;s list names neither the order ID (订单号, 客户订单号) nor the recipient&apos;s phone (收件人电话) of its parcels.</translation>
    </message>
    <message>
        <source>The line names neither an order ID nor a phone.</source>
        <translation>The line names neither an order ID nor a phone.</translation>
    </message>
    <message>
        <source>The courier&apos;s list has no parcels.</source>
        <translation>The courier&apos;s list has no parcels.</translation>
    </message>
    <message>
        <source>Line %1 of the courier&apos;s list: %2</source>
        <translation>Line %1 of the courier&apos;s list: %2</translation>
    </message>
    <message>
        <source>No parcel of the courier&apos;s list names order %1.</source>
        <translation>No parcel of the courier&apos;s list names order %1.</translation>
    </message>
    <message>
        <source>No parcel of the courier&apos;s list names order %1 or phone %2.</source>
        <translation>No parcel of the courier&apos;s list names order %1 or phone %2.</translation>
    </message>
    <message>
        <source>Lines %1 of the courier&apos;s list give order %2 different tracking numbers.</source>
        <translation>Lines %1 of the courier&apos;s list give order %2 different tracking numbers.</translation>
    </message>
    <message>
        <source>Lines %1 of the courier&apos;s list are parcels to %2 with different tracking numbers.</source>
        <translation>Lines %1 of the courier&apos;s list are parcels to %2 with different tracking numbers.</translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>A quoted field that starts on line %1 is never closed.</translation>
    </message>
    <message>
        <source>The line contains a NUL character.</source>
        <translation>The line contains a NUL character.</translation>
    </message>
    <message>
        <source>The line contains bytes that are not text in the file&apos;s encoding (a damaged file, or one saved in another encoding): correct it and import it again.</source>
        <translation>The line contains bytes that are not text in the file&apos;s encoding (a damaged file, or one saved in another encoding): correct it and import it again.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>Cannot open the SQLite database %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>Connection to %1 cancelled.</source>
        <translation>Connection to %1 cancelled.</translation>
    </message>
    <message>
        <source>Cannot configure the SQLite database: %1</source>
        <translation>Cannot configure the SQLite database: %1</translation>
    </message>
    <message>
        <source>Cannot configure the PostgreSQL session: %1</source>
        <translation>Cannot configure the PostgreSQL session: %1</translation>
    </message>
    <message>
        <source>Cannot create the SQLite database %1: %2</source>
        <translation>Cannot create the SQLite database %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseFailureDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Change connection…</source>
        <translation>&amp;Change connection…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>MarketDesk</source>
        <translation>MarketDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;MarketDesk cannot open the database %1&lt;/b&gt; (from %2).</source>
        <translation>&lt;b&gt;MarketDesk cannot open the database %1&lt;/b&gt; (from %2).</translation>
    </message>
    <message>
        <source>Try again once the server or the network is back, or choose another database, which is also saved in Settings for later starts.</source>
        <translation>Try again once the server or the network is back, or choose another database, which is also saved in Settings for later starts.</translation>
    </message>
    <message>
        <source>Try again once the server or the network is back, or choose another database for this start; it is also saved in Settings for a start without %1.</source>
        <translation>Try again once the server or the network is back, or choose another database for this start; it is also saved in Settings for a start without %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocator</name>
    <message>
        <source>the --database option</source>
        <translation>the --database option</translation>
    </message>
    <message>
        <source>the MARKETDESK_DATABASE variable</source>
        <translation>the MARKETDESK_DATABASE variable</translation>
    </message>
    <message>
        <source>the saved settings</source>
        <translation>the saved settings</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>the default location</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The SQLite URL names no file: write sqlite:/path/to/marketdesk.db.</source>
        <translation>The SQLite URL names no file: write sqlite:/path/to/marketdesk.db.</translation>
    </message>
    <message>
        <source>Do not put the password in the database URL: set PGPASSWORD, use ~/.pgpass, or type it when MarketDesk asks.</source>
        <translation>Do not put the password in the database URL: set PGPASSWORD, use ~/.pgpass, or type it when MarketDesk asks.</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>The port %1 is not between 1 and 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL. Use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>&quot;%1&quot; is not a database URL. Use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; is not a name: use letters, digits and _, not starting with a digit.</source>
        <translation>The schema &quot;%1&quot; is not a name: use letters, digits and _, not starting with a digit.</translation>
    </message>
</context>
<context>
    <name>DecideApplication</name>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>The reason may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Say why the application is rejected; the applicant sees it.</source>
        <translation>Say why the application is rejected; the applicant sees it.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) are not ticked. Approving anyway needs the reason for the override.</source>
        <translation>
            <numerusform>%n checklist item is not ticked. Approving anyway needs the reason for the override.</numerusform>
            <numerusform>%n checklist items are not ticked. Approving anyway needs the reason for the override.</numerusform>
        </translation>
    </message>
    <message>
        <source>An approval needs the id of the vendor it creates.</source>
        <translation>An approval needs the id of the vendor it creates.</translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <source>Search order ID, customer, product or vendor</source>
        <translation>Search order ID, customer, product or vendor</translation>
    </message>
    <message>
        <source>Flow log</source>
        <translation>Flow log</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Confirm requirement…</source>
        <translation>Confirm requirement…</translation>
    </message>
    <message>
        <source>Reject requirement…</source>
        <translation>Reject requirement…</translation>
    </message>
    <message>
        <source>Submit for acceptance…</source>
        <translation>Submit for acceptance…</translation>
    </message>
    <message>
        <source>Ask the platform to intervene…</source>
        <translation>Ask the platform to intervene…</translation>
    </message>
    <message>
        <source>On the buyer&apos;s behalf</source>
        <translation>On the buyer&apos;s behalf</translation>
    </message>
    <message>
        <source>Submit requirement…</source>
        <translation>Submit requirement…</translation>
    </message>
    <message>
        <source>Edit requirement…</source>
        <translation>Edit requirement…</translation>
    </message>
    <message>
        <source>Accept (验收通过)…</source>
        <translation>Accept (验收通过)…</translation>
    </message>
    <message>
        <source>Reject acceptance (验收驳回)…</source>
        <translation>Reject acceptance (验收驳回)…</translation>
    </message>
    <message>
        <source>Ask for a refund…</source>
        <translation>Ask for a refund…</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Approve refund…</source>
        <translation>Approve refund…</translation>
    </message>
    <message>
        <source>Decline refund…</source>
        <translation>Decline refund…</translation>
    </message>
    <message>
        <source>Close the platform ticket…</source>
        <translation>Close the platform ticket…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <source>Expand all steps</source>
        <translation>Expand all steps</translation>
    </message>
    <message>
        <source>Collapse all steps</source>
        <translation>Collapse all steps</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>The delivery could not be read: %1</source>
        <translation>The delivery could not be read: %1</translation>
    </message>
    <message>
        <source>This delivery no longer exists.</source>
        <translation>This delivery no longer exists.</translation>
    </message>
    <message>
        <source>%1 (paused in: %2)</source>
        <translation>%1 (paused in: %2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Platform ticket</source>
        <translation>Platform ticket</translation>
    </message>
    <message>
        <source>Open: the platform was asked to intervene</source>
        <translation>Open: the platform was asked to intervene</translation>
    </message>
    <message>
        <source>Accepted automatically</source>
        <translation>Accepted automatically</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Paid amount</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Guarantee period</source>
        <translation>Guarantee period</translation>
    </message>
    <message>
        <source>Warranty period</source>
        <translation>Warranty period</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>(not submitted yet)</source>
        <translation>(not submitted yet)</translation>
    </message>
    <message>
        <source>Delivery of order %1</source>
        <translation>Delivery of order %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Export the flow log to PDF</source>
        <translation>Export the flow log to PDF</translation>
    </message>
    <message>
        <source>flow-log-%1.pdf</source>
        <translation>flow-log-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>No service deliveries yet. Each order of a manual-service product starts one.</source>
        <translation>No service deliveries yet. Each order of a manual-service product starts one.</translation>
    </message>
</context>
<context>
    <name>DeliveryListModel</name>
    <message>
        <source>%1 · platform ticket</source>
        <translation>%1 · platform ticket</translation>
    </message>
    <message>
        <source>Auto-acceptance</source>
        <translation>Auto-acceptance</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>In this state since</source>
        <translation>In this state since</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
</context>
<context>
    <name>DeliveryService</name>
    <message>
        <source>Refunds are requested and decided on the order&apos;s refund; the system&apos;s steps are taken by the due jobs.</source>
        <translation>Refunds are requested and decided on the order&apos;s refund; the system&apos;s steps are taken by the due jobs.</translation>
    </message>
    <message>
        <source>The delivery no longer exists.</source>
        <translation>The delivery no longer exists.</translation>
    </message>
</context>
<context>
    <name>DeliveryStepDialog</name>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — order %2</translation>
    </message>
    <message>
        <source>Recorded on the buyer&apos;s behalf (%1) by %2.</source>
        <translation>Recorded on the buyer&apos;s behalf (%1) by %2.</translation>
    </message>
    <message>
        <source>Recorded as the %1 by %2.</source>
        <translation>Recorded as the %1 by %2.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>&amp;Requirement</source>
        <translation>&amp;Requirement</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add files to the step</source>
        <translation>Add files to the step</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
</context>
<context>
    <name>DeliveryStepWriter</name>
    <message>
        <source>The delivery of order %1 was changed by someone else. Look at it again.</source>
        <translation>The delivery of order %1 was changed by someone else. Look at it again.</translation>
    </message>
    <message>
        <source>A delivery that is %1 cannot take the step &quot;%2&quot; by the %3.</source>
        <translation>A delivery that is %1 cannot take the step &quot;%2&quot; by the %3.</translation>
    </message>
</context>
<context>
    <name>DemoDataWriter</name>
    <message>
        <source>The demo data scale must be a whole number of 1 or more.</source>
        <translation>The demo data scale must be a whole number of 1 or more.</translation>
    </message>
    <message>
        <source>The database already holds vendors or orders; demo data goes into an empty database only.</source>
        <translation>The database already holds vendors or orders; demo data goes into an empty database only.</translation>
    </message>
    <message>
        <source>Writing the demo data failed; nothing was kept.
%1</source>
        <translation>Writing the demo data failed; nothing was kept.
%1</translation>
    </message>
</context>
<context>
    <name>DepositEntryDialog</name>
    <message>
        <source>Deposit of %1</source>
        <translation>Deposit of %1</translation>
    </message>
    <message>
        <source>Amount due %1 · balance %2 · shortfall %3</source>
        <translation>Amount due %1 · balance %2 · shortfall %3</translation>
    </message>
    <message>
        <source>e.g. 20000 or ¥1,500.50</source>
        <translation>e.g. 20000 or ¥1,500.50</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Receipt no.</source>
        <translation>&amp;Receipt no.</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>R&amp;eason</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Required: the violation or the compensated refund</source>
        <translation>Required: the violation or the compensated refund</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Violation punished</source>
        <translation>&amp;Violation punished</translation>
    </message>
    <message>
        <source>Required: the settlement, e.g. November 2026</source>
        <translation>Required: the settlement, e.g. November 2026</translation>
    </message>
</context>
<context>
    <name>DepositLedgerModel</name>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Receipt mailed</source>
        <translation>Receipt mailed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>DepositService</name>
    <message>
        <source>The vendor no longer exists.</source>
        <translation>The vendor no longer exists.</translation>
    </message>
    <message>
        <source>The deposit is refunded only after the vendor has left.</source>
        <translation>The deposit is refunded only after the vendor has left.</translation>
    </message>
    <message>
        <source>%1 has left the marketplace; no deposit is taken.</source>
        <translation>%1 has left the marketplace; no deposit is taken.</translation>
    </message>
    <message>
        <source>Receipt %1 is already in the ledger.</source>
        <translation>Receipt %1 is already in the ledger.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Try again.</source>
        <translation>%1 was changed by someone else. Try again.</translation>
    </message>
    <message>
        <source>The surcharge no longer exists.</source>
        <translation>The surcharge no longer exists.</translation>
    </message>
    <message>
        <source>The surcharge was decided by someone else meanwhile.</source>
        <translation>The surcharge was decided by someone else meanwhile.</translation>
    </message>
    <message>
        <source>The ledger line no longer exists.</source>
        <translation>The ledger line no longer exists.</translation>
    </message>
    <message>
        <source>Only payments and top-ups have a receipt to mail.</source>
        <translation>Only payments and top-ups have a receipt to mail.</translation>
    </message>
    <message>
        <source>Receipt %1 was already recorded as mailed.</source>
        <translation>Receipt %1 was already recorded as mailed.</translation>
    </message>
    <message>
        <source>Only the shortfall of %1 is taken from a settlement.</source>
        <translation>Only the shortfall of %1 is taken from a settlement.</translation>
    </message>
    <message>
        <source>The deposit is paid in full; nothing is taken from a settlement.</source>
        <translation>The deposit is paid in full; nothing is taken from a settlement.</translation>
    </message>
</context>
<context>
    <name>DocumentPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Exited</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>Expelled</translation>
    </message>
    <message>
        <source>Software vendor</source>
        <translation>Software vendor</translation>
    </message>
    <message>
        <source>Website-building vendor</source>
        <translation>Website-building vendor</translation>
    </message>
    <message>
        <source>Service vendor</source>
        <translation>Service vendor</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>New purchase</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Change of spec</source>
        <translation>Change of spec</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Refunding</source>
        <translation>Refunding</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Application (SaaS)</source>
        <translation>Application (SaaS)</translation>
    </message>
    <message>
        <source>Manual service</source>
        <translation>Manual service</translation>
    </message>
    <message>
        <source>DingTalk plugin</source>
        <translation>DingTalk plugin</translation>
    </message>
    <message>
        <source>Requirement pending</source>
        <translation>Requirement pending</translation>
    </message>
    <message>
        <source>Awaiting vendor confirmation</source>
        <translation>Awaiting vendor confirmation</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Implementing</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation>Issuing failed</translation>
    </message>
    <message>
        <source>Return pending</source>
        <translation>Return pending</translation>
    </message>
    <message>
        <source>Awaiting red-letter number</source>
        <translation>Awaiting red-letter number</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>Return declined</source>
        <translation>Return declined</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>VAT normal invoice</source>
        <translation>VAT normal invoice</translation>
    </message>
    <message>
        <source>VAT special invoice</source>
        <translation>VAT special invoice</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>Fully digitalised e-invoice</source>
        <translation>Fully digitalised e-invoice</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Wrong invoice type</source>
        <translation>Wrong invoice type</translation>
    </message>
    <message>
        <source>Wrong tax ID or bank account</source>
        <translation>Wrong tax ID or bank account</translation>
    </message>
    <message>
        <source>Company name changed</source>
        <translation>Company name changed</translation>
    </message>
    <message>
        <source>Wrong amount</source>
        <translation>Wrong amount</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>Goods returned</translation>
    </message>
    <message>
        <source>Buyer cancels</source>
        <translation>Buyer cancels</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>Start processing</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <source>Mark refunded</source>
        <translation>Mark refunded</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Buyer asks to return</source>
        <translation>Buyer asks to return</translation>
    </message>
    <message>
        <source>Needs red-letter form</source>
        <translation>Needs red-letter form</translation>
    </message>
    <message>
        <source>Accept return</source>
        <translation>Accept return</translation>
    </message>
    <message>
        <source>Decline return</source>
        <translation>Decline return</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Submit requirement</source>
        <translation>Submit requirement</translation>
    </message>
    <message>
        <source>Edit requirement</source>
        <translation>Edit requirement</translation>
    </message>
    <message>
        <source>Confirm requirement</source>
        <translation>Confirm requirement</translation>
    </message>
    <message>
        <source>Reject requirement</source>
        <translation>Reject requirement</translation>
    </message>
    <message>
        <source>Submit for acceptance</source>
        <translation>Submit for acceptance</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject acceptance</source>
        <translation>Reject acceptance</translation>
    </message>
    <message>
        <source>Accepted automatically</source>
        <translation>Accepted automatically</translation>
    </message>
    <message>
        <source>Ask for a refund</source>
        <translation>Ask for a refund</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>Approve refund</translation>
    </message>
    <message>
        <source>Decline refund</source>
        <translation>Decline refund</translation>
    </message>
    <message>
        <source>Ask the platform to intervene</source>
        <translation>Ask the platform to intervene</translation>
    </message>
    <message>
        <source>Close the platform ticket</source>
        <translation>Close the platform ticket</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Within the refund guarantee</source>
        <translation>Within the refund guarantee</translation>
    </message>
    <message>
        <source>Service late or dragged out</source>
        <translation>Service late or dragged out</translation>
    </message>
    <message>
        <source>Product differs from its description</source>
        <translation>Product differs from its description</translation>
    </message>
    <message>
        <source>Unhappy with the service attitude</source>
        <translation>Unhappy with the service attitude</translation>
    </message>
    <message>
        <source>Vendor cannot deliver</source>
        <translation>Vendor cannot deliver</translation>
    </message>
    <message>
        <source>Quality not up to the requirement</source>
        <translation>Quality not up to the requirement</translation>
    </message>
    <message>
        <source>Vendor&apos;s business ended</source>
        <translation>Vendor&apos;s business ended</translation>
    </message>
    <message>
        <source>Vendor unreachable</source>
        <translation>Vendor unreachable</translation>
    </message>
    <message>
        <source>Vendor bankrupt</source>
        <translation>Vendor bankrupt</translation>
    </message>
    <message>
        <source>Vendor left the marketplace</source>
        <translation>Vendor left the marketplace</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Waiting for the platform</source>
        <translation>Waiting for the platform</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Red-letter form lapsed</source>
        <translation>Red-letter form lapsed</translation>
    </message>
    <message>
        <source>Framework contract</source>
        <translation>Framework contract</translation>
    </message>
    <message>
        <source>Order contract</source>
        <translation>Order contract</translation>
    </message>
    <message>
        <source>Filing contract</source>
        <translation>Filing contract</translation>
    </message>
    <message>
        <source>One-sided platform e-seal</source>
        <translation>One-sided platform e-seal</translation>
    </message>
    <message>
        <source>Two-sided e-seal</source>
        <translation>Two-sided e-seal</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Filling in</source>
        <translation>Filling in</translation>
    </message>
    <message>
        <source>Confirming the text</source>
        <translation>Confirming the text</translation>
    </message>
    <message>
        <source>Confirming the signature</source>
        <translation>Confirming the signature</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Generating</translation>
    </message>
    <message>
        <source>Customer signing</source>
        <translation>Customer signing</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Cancelling</translation>
    </message>
    <message>
        <source>Platform signing</source>
        <translation>Platform signing</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In effect</translation>
    </message>
    <message>
        <source>Paper copy requested</source>
        <translation>Paper copy requested</translation>
    </message>
    <message>
        <source>Paper copy mailed</source>
        <translation>Paper copy mailed</translation>
    </message>
    <message>
        <source>Submit the details</source>
        <translation>Submit the details</translation>
    </message>
    <message>
        <source>Revise the details</source>
        <translation>Revise the details</translation>
    </message>
    <message>
        <source>Confirm the text</source>
        <translation>Confirm the text</translation>
    </message>
    <message>
        <source>Confirm signing</source>
        <translation>Confirm signing</translation>
    </message>
    <message>
        <source>Finish generating</source>
        <translation>Finish generating</translation>
    </message>
    <message>
        <source>Record the customer&apos;s signature</source>
        <translation>Record the customer&apos;s signature</translation>
    </message>
    <message>
        <source>Cancel signing</source>
        <translation>Cancel signing</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Confirm the cancellation</translation>
    </message>
    <message>
        <source>Record the platform&apos;s signature</source>
        <translation>Record the platform&apos;s signature</translation>
    </message>
    <message>
        <source>Request paper copies</source>
        <translation>Request paper copies</translation>
    </message>
    <message>
        <source>Record the mailing of paper copies</source>
        <translation>Record the mailing of paper copies</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Start review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID</source>
        <translation>Legal representative&apos;s ID</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Other material</source>
        <translation>Other material</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Refund of deposit</source>
        <translation>Refund of deposit</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>End of agreement</source>
        <translation>End of agreement</translation>
    </message>
    <message>
        <source>Own request</source>
        <translation>Own request</translation>
    </message>
    <message>
        <source>24 violation points</source>
        <translation>24 violation points</translation>
    </message>
    <message>
        <source>No longer meets the conditions</source>
        <translation>No longer meets the conditions</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <source>Under 80% deployed on the platform</source>
        <translation>Under 80% deployed on the platform</translation>
    </message>
    <message>
        <source>Suspend display</source>
        <translation>Suspend display</translation>
    </message>
    <message>
        <source>Restore display</source>
        <translation>Restore display</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Expel</source>
        <translation>Expel</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Delisted</translation>
    </message>
    <message>
        <source>Taken from settlement</source>
        <translation>Taken from settlement</translation>
    </message>
</context>
<context>
    <name>EditVendorContactDialog</name>
    <message>
        <source>Edit vendor contact</source>
        <translation>Edit vendor contact</translation>
    </message>
    <message>
        <source>Contact &amp;person *</source>
        <translation>Contact &amp;person *</translation>
    </message>
    <message>
        <source>P&amp;hone *</source>
        <translation>P&amp;hone *</translation>
    </message>
    <message>
        <source>13812345678 or 010-12345678</source>
        <translation>13812345678 or 010-12345678</translation>
    </message>
    <message>
        <source>&amp;E-mail *</source>
        <translation>&amp;E-mail *</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>The change could not be saved.

%1</translation>
    </message>
    <message>
        <source>The vendor no longer exists.</source>
        <translation>The vendor no longer exists.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>FieldValidators</name>
    <message>
        <source>Enter a mobile number.</source>
        <translation>Enter a mobile number.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.</source>
        <translation>A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>Enter a mobile number (13812345678) or a landline with its area code (010-12345678).</source>
        <translation>Enter a mobile number (13812345678) or a landline with its area code (010-12345678).</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Enter an e-mail address.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Enter an e-mail address such as name@example.com.</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>Enter the unified social credit code.</translation>
    </message>
    <message numerus="yes">
        <source>The unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>The unified social credit code has 18 characters; this one has %n.</numerusform>
            <numerusform>The unified social credit code has 18 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a unified social credit code (the letters I, O, Z, S and V are never used).</source>
        <translation>&quot;%1&quot; cannot appear in a unified social credit code (the letters I, O, Z, S and V are never used).</translation>
    </message>
    <message>
        <source>The check character does not match: a code starting %1 ends with %2. Check for a typing error.</source>
        <translation>The check character does not match: a code starting %1 ends with %2. Check for a typing error.</translation>
    </message>
    <message>
        <source>Enter a postcode.</source>
        <translation>Enter a postcode.</translation>
    </message>
    <message>
        <source>A postcode has six digits, e.g. 100000.</source>
        <translation>A postcode has six digits, e.g. 100000.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters, please.</source>
        <translation>
            <numerusform>At most %n characters, please.</numerusform>
            <numerusform>At most %n characters, please.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the invoice number.</source>
        <translation>Enter the invoice number.</translation>
    </message>
    <message>
        <source>An invoice number has 8 digits (paper and electronic) or 20 digits (数电), e.g. 04471235.</source>
        <translation>An invoice number has 8 digits (paper and electronic) or 20 digits (数电), e.g. 04471235.</translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation>Enter the tracking number.</translation>
    </message>
    <message>
        <source>A tracking number has 8 to 30 letters and digits, e.g. SF1234567890123.</source>
        <translation>A tracking number has 8 to 30 letters and digits, e.g. SF1234567890123.</translation>
    </message>
    <message>
        <source>Enter the red-letter confirmation number.</source>
        <translation>Enter the red-letter confirmation number.</translation>
    </message>
    <message>
        <source>A red-letter confirmation number has 8 to 32 digits and letters.</source>
        <translation>A red-letter confirmation number has 8 to 32 digits and letters.</translation>
    </message>
    <message>
        <source>Enter the taxpayer ID.</source>
        <translation>Enter the taxpayer ID.</translation>
    </message>
    <message>
        <source>A taxpayer ID has 15, 18 or 20 digits and capital letters, e.g. 91330100MA27XXXX1F.</source>
        <translation>A taxpayer ID has 15, 18 or 20 digits and capital letters, e.g. 91330100MA27XXXX1F.</translation>
    </message>
    <message>
        <source>Enter the bank account number.</source>
        <translation>Enter the bank account number.</translation>
    </message>
    <message>
        <source>A bank account number has 8 to 32 digits.</source>
        <translation>A bank account number has 8 to 32 digits.</translation>
    </message>
</context>
<context>
    <name>FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>FlowLogDocument</name>
    <message>
        <source>%1 → accepted %2</source>
        <translation>%1 → accepted %2</translation>
    </message>
    <message>
        <source>%1 → until acceptance</source>
        <translation>%1 → until acceptance</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from acceptance</source>
        <translation>
            <numerusform>%n day from acceptance</numerusform>
            <numerusform>%n days from acceptance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), %1 → %2</source>
        <translation>
            <numerusform>%n day, %1 → %2</numerusform>
            <numerusform>%n days, %1 → %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow log of order %1</source>
        <translation>Flow log of order %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Guarantee period</source>
        <translation>Guarantee period</translation>
    </message>
    <message>
        <source>Warranty period</source>
        <translation>Warranty period</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>FlowLogModel</name>
    <message>
        <source>Double-click to save %1</source>
        <translation>Double-click to save %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Buyer (recorded by %1)</source>
        <translation>Buyer (recorded by %1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FormFeedback</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>The change could not be saved.

%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FormRecovery</name>
    <message>
        <source>Re&amp;store it</source>
        <translation>Re&amp;store it</translation>
    </message>
    <message>
        <source>Thro&amp;w it away</source>
        <translation>Thro&amp;w it away</translation>
    </message>
</context>
<context>
    <name>HistoryTree</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
</context>
<context>
    <name>HolidaySeeder</name>
    <message>
        <source>The built-in holiday schedule is missing.</source>
        <translation>The built-in holiday schedule is missing.</translation>
    </message>
    <message>
        <source>No holiday schedule for %1: deadlines count weekends only. Import it in Settings.</source>
        <translation>No holiday schedule for %1: deadlines count weekends only. Import it in Settings.</translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>The schedule names no year.</source>
        <translation>The schedule names no year.</translation>
    </message>
    <message>
        <source>The day %1 is not in the years being imported.</source>
        <translation>The day %1 is not in the years being imported.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Save the bad lines</source>
        <translation>Save the bad lines</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln line(s).</source>
        <translation>
            <numerusform>Imported %Ln line.</numerusform>
            <numerusform>Imported %Ln lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) already known were left out.</source>
        <translation>
            <numerusform>%Ln line already known was left out.</numerusform>
            <numerusform>%Ln lines already known were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad line(s) were not imported.</source>
        <translation>
            <numerusform>%Ln bad line was not imported.</numerusform>
            <numerusform>%Ln bad lines were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>There is nothing new to import.</source>
        <translation>There is nothing new to import.</translation>
    </message>
    <message>
        <source>There is nothing new to import. You can save the bad lines to fix them later.</source>
        <translation>There is nothing new to import. You can save the bad lines to fix them later.</translation>
    </message>
    <message>
        <source>Nothing is imported while a line is bad. You can import the good lines and save the bad ones to fix them later.</source>
        <translation>Nothing is imported while a line is bad. You can import the good lines and save the bad ones to fix them later.</translation>
    </message>
    <message>
        <source>Nothing is written yet. The lines already known are left out.</source>
        <translation>Nothing is written yet. The lines already known are left out.</translation>
    </message>
    <message>
        <source>Nothing is written yet.</source>
        <translation>Nothing is written yet.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>&amp;Bad lines:</source>
        <translation>&amp;Bad lines:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln new line(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln new line</numerusform>
            <numerusform>&amp;Import %Ln new lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the &amp;good lines and save the bad ones…</source>
        <translation>Import the &amp;good lines and save the bad ones…</translation>
    </message>
    <message>
        <source>&amp;Save the bad lines…</source>
        <translation>&amp;Save the bad lines…</translation>
    </message>
    <message>
        <source>Import &amp;nothing</source>
        <translation>Import &amp;nothing</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new line(s)</source>
        <translation>
            <numerusform>%Ln new line</numerusform>
            <numerusform>%Ln new lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) already known</source>
        <translation>
            <numerusform>%Ln line already known</numerusform>
            <numerusform>%Ln lines already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad line(s)</source>
        <translation>
            <numerusform>%Ln bad line</numerusform>
            <numerusform>%Ln bad lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceFileMatcher</name>
    <message>
        <source>No file in the folder has invoice number %1 or order ID %2 in its name.</source>
        <translation>No file in the folder has invoice number %1 or order ID %2 in its name.</translation>
    </message>
    <message>
        <source>Several files could be this invoice&apos;s: %1.</source>
        <translation>Several files could be this invoice&apos;s: %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>The order was refunded: mark the request refunded instead of issuing it.</source>
        <translation>The order was refunded: mark the request refunded instead of issuing it.</translation>
    </message>
    <message>
        <source>%1 (refunded)</source>
        <translation>%1 (refunded)</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Invoiced at</source>
        <translation>Invoiced at</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>%1 (last try failed)</source>
        <translation>%1 (last try failed)</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>Choose the buyer.</source>
        <translation>Choose the buyer.</translation>
    </message>
    <message>
        <source>Choose the vendor.</source>
        <translation>Choose the vendor.</translation>
    </message>
    <message>
        <source>Choose at least one order.</source>
        <translation>Choose at least one order.</translation>
    </message>
    <message>
        <source>Choose the mailing address of the paper invoice.</source>
        <translation>Choose the mailing address of the paper invoice.</translation>
    </message>
    <message>
        <source>The request has no identifier.</source>
        <translation>The request has no identifier.</translation>
    </message>
    <message>
        <source>The buyer has no valid invoice title. Enter the title first.</source>
        <translation>The buyer has no valid invoice title. Enter the title first.</translation>
    </message>
    <message>
        <source>A VAT special invoice needs an enterprise title; the buyer&apos;s title is not one.</source>
        <translation>A VAT special invoice needs an enterprise title; the buyer&apos;s title is not one.</translation>
    </message>
    <message>
        <source>Only invoices up to %1 may ship cash on delivery.</source>
        <translation>Only invoices up to %1 may ship cash on delivery.</translation>
    </message>
    <message>
        <source>Order %1 belongs to another buyer or vendor.</source>
        <translation>Order %1 belongs to another buyer or vendor.</translation>
    </message>
    <message>
        <source>One of the orders no longer exists.</source>
        <translation>One of the orders no longer exists.</translation>
    </message>
    <message>
        <source>The mailing address no longer exists.</source>
        <translation>The mailing address no longer exists.</translation>
    </message>
    <message>
        <source>Choose the requests to issue.</source>
        <translation>Choose the requests to issue.</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Request %1: %2</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>The request no longer exists.</translation>
    </message>
    <message>
        <source>The request was changed by someone else. Look at it again.</source>
        <translation>The request was changed by someone else. Look at it again.</translation>
    </message>
    <message>
        <source>Only a VAT special request that is not issued yet can be switched.</source>
        <translation>Only a VAT special request that is not issued yet can be switched.</translation>
    </message>
    <message>
        <source>Request %1 was changed by someone else (now: %2). Look at it again.</source>
        <translation>Request %1 was changed by someone else (now: %2). Look at it again.</translation>
    </message>
    <message>
        <source>A request that is %1 cannot take the step &quot;%2&quot; by the %3.</source>
        <translation>A request that is %1 cannot take the step &quot;%2&quot; by the %3.</translation>
    </message>
    <message>
        <source>The order was refunded: mark the request refunded instead of issuing it.</source>
        <translation>The order was refunded: mark the request refunded instead of issuing it.</translation>
    </message>
    <message>
        <source>A VAT special invoice needs an enterprise title. Switch the request to a normal invoice with the buyer&apos;s consent, or correct the title.</source>
        <translation>A VAT special invoice needs an enterprise title. Switch the request to a normal invoice with the buyer&apos;s consent, or correct the title.</translation>
    </message>
    <message>
        <source>Invoice number %1 is already on request %2.</source>
        <translation>Invoice number %1 is already on request %2.</translation>
    </message>
    <message>
        <source>The order has not been refunded.</source>
        <translation>The order has not been refunded.</translation>
    </message>
    <message>
        <source>Only an invoice the buyer has deducted or booked needs a red-letter confirmation form.</source>
        <translation>Only an invoice the buyer has deducted or booked needs a red-letter confirmation form.</translation>
    </message>
    <message>
        <source>The buyer had deducted or booked this invoice: enter the red-letter confirmation number.</source>
        <translation>The buyer had deducted or booked this invoice: enter the red-letter confirmation number.</translation>
    </message>
    <message>
        <source>Request %1 was changed by someone else. Look at it again.</source>
        <translation>Request %1 was changed by someone else. Look at it again.</translation>
    </message>
</context>
<context>
    <name>InvoiceTitleDialog</name>
    <message>
        <source>Correct the invoice title</source>
        <translation>Correct the invoice title</translation>
    </message>
    <message>
        <source>New invoice title</source>
        <translation>New invoice title</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Ta&amp;xpayer ID</source>
        <translation>Ta&amp;xpayer ID</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;Bank</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Registered a&amp;ddress</source>
        <translation>Registered a&amp;ddress</translation>
    </message>
    <message>
        <source>Registered &amp;phone</source>
        <translation>Registered &amp;phone</translation>
    </message>
    <message>
        <source>The buyer has no valid invoice title any more; close and enter a new one.</source>
        <translation>The buyer has no valid invoice title any more; close and enter a new one.</translation>
    </message>
</context>
<context>
    <name>InvoiceableAmount</name>
    <message>
        <source>Choose at least one order.</source>
        <translation>Choose at least one order.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>The amount %1 exceeds the invoiceable amount %2.</source>
        <translation>The amount %1 exceeds the invoiceable amount %2.</translation>
    </message>
    <message>
        <source>The monthly statement %1 (%2) is already on another request and cannot be split.</source>
        <translation>The monthly statement %1 (%2) is already on another request and cannot be split.</translation>
    </message>
    <message>
        <source>A monthly statement cannot be split: the amount must cover statement %1 (%2) in full, %3.</source>
        <translation>A monthly statement cannot be split: the amount must cover statement %1 (%2) in full, %3.</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Search order ID, customer, phone, invoice number or title</source>
        <translation>Search order ID, customer, phone, invoice number or title</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Type in a buyer&apos;s invoice request (Ctrl+N)</source>
        <translation>Type in a buyer&apos;s invoice request (Ctrl+N)</translation>
    </message>
    <message>
        <source>Issue the current request with its invoice number (Ctrl+I)</source>
        <translation>Issue the current request with its invoice number (Ctrl+I)</translation>
    </message>
    <message>
        <source>Issue selected…</source>
        <translation>Issue selected…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Switch to normal invoice (buyer agreed)…</source>
        <translation>Switch to normal invoice (buyer agreed)…</translation>
    </message>
    <message>
        <source>Open the invoice file</source>
        <translation>Open the invoice file</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Import the console&apos;s invoice list…</source>
        <translation>Import the console&apos;s invoice list…</translation>
    </message>
    <message>
        <source>Apply the tax software&apos;s results…</source>
        <translation>Apply the tax software&apos;s results…</translation>
    </message>
    <message>
        <source>Export this view to CSV…</source>
        <translation>Export this view to CSV…</translation>
    </message>
    <message>
        <source>Export this view to Excel (XLSX)…</source>
        <translation>Export this view to Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <source>Invoice requests</source>
        <translation>Invoice requests</translation>
    </message>
    <message>
        <source>The request could not be read: %1</source>
        <translation>The request could not be read: %1</translation>
    </message>
    <message>
        <source>This request no longer exists.</source>
        <translation>This request no longer exists.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>The order was refunded: mark the request refunded instead of issuing it.</source>
        <translation>The order was refunded: mark the request refunded instead of issuing it.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <source>Switched from a special invoice with the buyer&apos;s consent</source>
        <translation>Switched from a special invoice with the buyer&apos;s consent</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>(not in the console export)</source>
        <translation>(not in the console export)</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>Taxpayer ID</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Monthly statements</source>
        <translation>Monthly statements</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Issue by</source>
        <translation>Issue by</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Invoiced at</source>
        <translation>Invoiced at</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Invoice file</source>
        <translation>Invoice file</translation>
    </message>
    <message>
        <source>Why issuing failed</source>
        <translation>Why issuing failed</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Return reason</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Red-letter number</source>
        <translation>Red-letter number</translation>
    </message>
    <message>
        <source>(awaited)</source>
        <translation>(awaited)</translation>
    </message>
    <message>
        <source>Red-letter form lapses</source>
        <translation>Red-letter form lapses</translation>
    </message>
    <message>
        <source>Sent back by</source>
        <translation>Sent back by</translation>
    </message>
    <message>
        <source>Why the return was declined</source>
        <translation>Why the return was declined</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>A request that is %1 cannot be issued.</source>
        <translation>A request that is %1 cannot be issued.</translation>
    </message>
    <message>
        <source>Tax software results</source>
        <translation>Tax software results</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>No request of order %1 waits for its invoice.</source>
        <translation>No request of order %1 waits for its invoice.</translation>
    </message>
    <message>
        <source>Order %1 has %2 requests waiting: issue them one by one.</source>
        <translation>Order %1 has %2 requests waiting: issue them one by one.</translation>
    </message>
    <message>
        <source>Why did issuing fail?</source>
        <translation>Why did issuing fail?</translation>
    </message>
    <message>
        <source>Why is the return declined?</source>
        <translation>Why is the return declined?</translation>
    </message>
    <message>
        <source>Red-letter confirmation number (红字确认单号):</source>
        <translation>Red-letter confirmation number (红字确认单号):</translation>
    </message>
    <message>
        <source>%1: request %2 for order %3, %4. This cannot be undone. Go on?</source>
        <translation>%1: request %2 for order %3, %4. This cannot be undone. Go on?</translation>
    </message>
    <message>
        <source>Switch to normal invoice</source>
        <translation>Switch to normal invoice</translation>
    </message>
    <message>
        <source>The vendor cannot issue a VAT special invoice. How did the buyer agree to a normal one?</source>
        <translation>The vendor cannot issue a VAT special invoice. How did the buyer agree to a normal one?</translation>
    </message>
    <message>
        <source>The invoice file could not be opened.</source>
        <translation>The invoice file could not be opened.</translation>
    </message>
    <message>
        <source>Console invoice list</source>
        <translation>Console invoice list</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>invoice-requests</source>
        <translation>invoice-requests</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Import buyer titles and addresses…</source>
        <translation>Import buyer titles and addresses…</translation>
    </message>
    <message>
        <source>Buyer titles and addresses</source>
        <translation>Buyer titles and addresses</translation>
    </message>
    <message>
        <source>Issue the selected requests with consecutive numbers (Ctrl+Shift+I)</source>
        <translation>Issue the selected requests with consecutive numbers (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>No invoice requests yet. Type one in with New request, import the console&apos;s invoice list (Import / export), or connect the marketplace in Settings.</source>
        <translation>No invoice requests yet. Type one in with New request, import the console&apos;s invoice list (Import / export), or connect the marketplace in Settings.</translation>
    </message>
</context>
<context>
    <name>IssueInvoiceDialog</name>
    <message>
        <source>Issue invoice %1</source>
        <translation>Issue invoice %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>Taxpayer ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Paid amount</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Order type</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>This order is not in the database (imported from the console).</source>
        <translation>This order is not in the database (imported from the console).</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Invoice &amp;number</source>
        <translation>Invoice &amp;number</translation>
    </message>
    <message>
        <source>&amp;Courier</source>
        <translation>&amp;Courier</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>&amp;Tracking number</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Choose the invoice file (PDF, XML, OFD)…</source>
        <translation>Choose the invoice file (PDF, XML, OFD)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>The order was refunded: this request cannot be issued. Mark it refunded instead.</source>
        <translation>The order was refunded: this request cannot be issued. Mark it refunded instead.</translation>
    </message>
    <message>
        <source>This vendor cannot issue VAT special invoices: contact the buyer and switch the request to a normal invoice first.</source>
        <translation>This vendor cannot issue VAT special invoices: contact the buyer and switch the request to a normal invoice first.</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Invoice file</source>
        <translation>Invoice file</translation>
    </message>
    <message>
        <source>Invoice files (*.pdf *.xml *.ofd)</source>
        <translation>Invoice files (*.pdf *.xml *.ofd)</translation>
    </message>
    <message>
        <source>The invoice file is larger than 20 MB.</source>
        <translation>The invoice file is larger than 20 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Cash on delivery (到付) allowed: the amount is not above %1.</source>
        <translation>Cash on delivery (到付) allowed: the amount is not above %1.</translation>
    </message>
    <message>
        <source>The vendor pays the courier: the amount is above %1.</source>
        <translation>The vendor pays the courier: the amount is above %1.</translation>
    </message>
    <message>
        <source>8 digits, or 20 if fully digitalised</source>
        <translation>8 digits, or 20 if fully digitalised</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keyring service runs on this computer (%1).</source>
        <translation>No keyring service runs on this computer (%1).</translation>
    </message>
    <message>
        <source>The keyring refused: %1</source>
        <translation>The keyring refused: %1</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>no D-Bus session bus</translation>
    </message>
</context>
<context>
    <name>ListingText</name>
    <message>
        <source>The vendor&apos;s deposit is paid in full</source>
        <translation>The vendor&apos;s deposit is paid in full</translation>
    </message>
    <message>
        <source>The product passed the security review</source>
        <translation>The product passed the security review</translation>
    </message>
    <message>
        <source>A product agreement or service terms are shown to buyers</source>
        <translation>A product agreement or service terms are shown to buyers</translation>
    </message>
    <message>
        <source>Open-source licences are respected</source>
        <translation>Open-source licences are respected</translation>
    </message>
    <message>
        <source>Title, pictures, attributes, price and description match each other</source>
        <translation>Title, pictures, attributes, price and description match each other</translation>
    </message>
    <message>
        <source>The description embeds no link outside the platform</source>
        <translation>The description embeds no link outside the platform</translation>
    </message>
    <message>
        <source>The vendor&apos;s website has a page for the product that states the partnership and links back to it</source>
        <translation>The vendor&apos;s website has a page for the product that states the partnership and links back to it</translation>
    </message>
    <message>
        <source>A delisting plan says how buyers keep using it and how ownership moves</source>
        <translation>A delisting plan says how buyers keep using it and how ownership moves</translation>
    </message>
    <message>
        <source>No exaggeration, no selling outside the marketplace, no separate user registration</source>
        <translation>No exaggeration, no selling outside the marketplace, no separate user registration</translation>
    </message>
    <message>
        <source>exaggeration</source>
        <translation>exaggeration</translation>
    </message>
    <message>
        <source>link outside the platform</source>
        <translation>link outside the platform</translation>
    </message>
    <message>
        <source>selling outside the marketplace</source>
        <translation>selling outside the marketplace</translation>
    </message>
    <message>
        <source>separate registration</source>
        <translation>separate registration</translation>
    </message>
    <message>
        <source>Nothing flagged</source>
        <translation>Nothing flagged</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MailingAddressDialog</name>
    <message>
        <source>Use this address by default</source>
        <translation>Use this address by default</translation>
    </message>
    <message>
        <source>New mailing address</source>
        <translation>New mailing address</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation>P&amp;ostcode</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MarketDesk</source>
        <translation>MarketDesk</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Vendors</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Invoice requests</source>
        <translation>Invoice requests</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Due jobs failed: %1</source>
        <translation>Due jobs failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) accepted automatically after the acceptance period.</source>
        <translation>
            <numerusform>%n delivery accepted automatically after the acceptance period.</numerusform>
            <numerusform>%n deliveries accepted automatically after the acceptance period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n red-letter form(s) lapsed: raise them again.</source>
        <translation>
            <numerusform>%n red-letter form lapsed: raise it again.</numerusform>
            <numerusform>%n red-letter forms lapsed: raise them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Catalogues</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s) suspended: the deposit was not topped up in time.</source>
        <translation>
            <numerusform>%n vendor suspended: the deposit was not topped up in time.</numerusform>
            <numerusform>%n vendors suspended: the deposit was not topped up in time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Connected to the server again.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) delisted for having no orders.</source>
        <translation>
            <numerusform>%n product delisted for having no orders.</numerusform>
            <numerusform>%n products delisted for having no orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server is lost; MarketDesk keeps trying.</source>
        <translation>The connection to the server is lost; MarketDesk keeps trying.</translation>
    </message>
</context>
<context>
    <name>MarketplaceBar</name>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Pull requests now</source>
        <translation>Pull requests now</translation>
    </message>
    <message>
        <source>Send waiting results now</source>
        <translation>Send waiting results now</translation>
    </message>
    <message>
        <source>Retry refused results of the selected requests</source>
        <translation>Retry refused results of the selected requests</translation>
    </message>
    <message>
        <source>Alibaba Cloud Marketplace: pull requests (Ctrl+Shift+M), send results</source>
        <translation>Alibaba Cloud Marketplace: pull requests (Ctrl+Shift+M), send results</translation>
    </message>
    <message numerus="yes">
        <source>Pulled at %1: %n new</source>
        <translation>
            <numerusform>Pulled at %1: %n new</numerusform>
            <numerusform>Pulled at %1: %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n changed</source>
        <translation>
            <numerusform>, %n changed</numerusform>
            <numerusform>, %n changed</numerusform>
        </translation>
    </message>
    <message>
        <source>No marketplace connected (Settings ▸ Marketplace)</source>
        <translation>No marketplace connected (Settings ▸ Marketplace)</translation>
    </message>
    <message>
        <source>Pulling from the marketplace…</source>
        <translation>Pulling from the marketplace…</translation>
    </message>
    <message>
        <source>Marketplace connected</source>
        <translation>Marketplace connected</translation>
    </message>
    <message numerus="yes">
        <source> · %n result(s) waiting to send</source>
        <translation>
            <numerusform> · %n result(s) waiting to send</numerusform>
            <numerusform> · %n result(s) waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused</source>
        <translation>
            <numerusform> · %n refused</numerusform>
            <numerusform> · %n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected requests has a refused result.</source>
        <translation>None of the selected requests has a refused result.</translation>
    </message>
</context>
<context>
    <name>MarketplaceFailure</name>
    <message>
        <source>The marketplace refused the AccessKey (%1). Check the AccessKey ID, the secret and the sub-account&apos;s permissions in Settings.</source>
        <translation>The marketplace refused the AccessKey (%1). Check the AccessKey ID, the secret and the sub-account&apos;s permissions in Settings.</translation>
    </message>
    <message>
        <source>The marketplace asks to slow down (%1). MarketDesk tries again in a moment.</source>
        <translation>The marketplace asks to slow down (%1). MarketDesk tries again in a moment.</translation>
    </message>
    <message>
        <source>The marketplace could not be reached (%1). MarketDesk tries again later.</source>
        <translation>The marketplace could not be reached (%1). MarketDesk tries again later.</translation>
    </message>
    <message>
        <source>The marketplace had a problem (HTTP %1, %2). MarketDesk tries again later.</source>
        <translation>The marketplace had a problem (HTTP %1, %2). MarketDesk tries again later.</translation>
    </message>
    <message>
        <source>The marketplace rejected the call (HTTP %1, %2).</source>
        <translation>The marketplace rejected the call (HTTP %1, %2).</translation>
    </message>
</context>
<context>
    <name>MarketplaceService</name>
    <message>
        <source>Request %1 changed while it was being saved.</source>
        <translation>Request %1 changed while it was being saved.</translation>
    </message>
</context>
<context>
    <name>MarketplaceSettingsBox</name>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>AccessKey ID of a RAM sub-account</source>
        <translation>AccessKey ID of a RAM sub-account</translation>
    </message>
    <message>
        <source>Only for temporary STS credentials</source>
        <translation>Only for temporary STS credentials</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3 (ACS3-HMAC-SHA256)</translation>
    </message>
    <message>
        <source>1.0 (HMAC-SHA1)</source>
        <translation>1.0 (HMAC-SHA1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>only on demand</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey secret</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS token</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Pull every</source>
        <translation>Pull every</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Disconnect…</translation>
    </message>
    <message>
        <source>The secret shown once when the key was made</source>
        <translation>The secret shown once when the key was made</translation>
    </message>
    <message>
        <source>Stored; type a new one to replace it</source>
        <translation>Stored; type a new one to replace it</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connected as %1.</translation>
    </message>
    <message>
        <source>No marketplace connected: MarketDesk works without one.</source>
        <translation>No marketplace connected: MarketDesk works without one.</translation>
    </message>
    <message>
        <source>No keyring service runs on this computer: the secret is kept for this session only and asked for again next time.</source>
        <translation>No keyring service runs on this computer: the secret is kept for this session only and asked for again next time.</translation>
    </message>
    <message>
        <source>AccessKey ID: enter the ID of the sub-account&apos;s AccessKey.</source>
        <translation>AccessKey ID: enter the ID of the sub-account&apos;s AccessKey.</translation>
    </message>
    <message>
        <source>AccessKey secret: enter the secret.</source>
        <translation>AccessKey secret: enter the secret.</translation>
    </message>
    <message>
        <source>Endpoint: enter an https:// address such as https://market.aliyuncs.com/.</source>
        <translation>Endpoint: enter an https:// address such as https://market.aliyuncs.com/.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>The marketplace accepted the AccessKey.</source>
        <translation>The marketplace accepted the AccessKey.</translation>
    </message>
    <message>
        <source>Remove the AccessKey from this computer? Requests already pulled stay; results waiting to be sent are sent once you connect again.</source>
        <translation>Remove the AccessKey from this computer? Requests already pulled stay; results waiting to be sent are sent once you connect again.</translation>
    </message>
</context>
<context>
    <name>MarketplaceSync</name>
    <message numerus="yes">
        <source>Read %n pending request(s) from the marketplace.</source>
        <translation>
            <numerusform>Read %n pending request(s) from the marketplace.</numerusform>
            <numerusform>Read %n pending request(s) from the marketplace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the marketplace&apos;s requests up to %1.</source>
        <translation>Saved the marketplace&apos;s requests up to %1.</translation>
    </message>
</context>
<context>
    <name>MaterialChangeDialog</name>
    <message>
        <source>Re&amp;ported by the vendor on</source>
        <translation>Re&amp;ported by the vendor on</translation>
    </message>
    <message>
        <source>Record a material change of %1</source>
        <translation>Record a material change of %1</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;What changed</translation>
    </message>
    <message>
        <source>&amp;Took effect on</source>
        <translation>&amp;Took effect on</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;Before</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Took effect on</source>
        <translation>Took effect on</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The report is due by %1, %2 days after the change took effect: %3.</source>
        <translation>The report is due by %1, %2 days after the change took effect: %3.</translation>
    </message>
    <message>
        <source>Saving renames the vendor.</source>
        <translation>Saving renames the vendor.</translation>
    </message>
</context>
<context>
    <name>MaterialChangeText</name>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>Business scope</translation>
    </message>
    <message>
        <source>Shareholders or controller</source>
        <translation>Shareholders or controller</translation>
    </message>
    <message>
        <source>Other material change</source>
        <translation>Other material change</translation>
    </message>
    <message>
        <source>due %1, %2</source>
        <translation>due %1, %2</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>reported %1</translation>
    </message>
    <message numerus="yes">
        <source>reported %1, %n day(s) late</source>
        <translation>
            <numerusform>reported %1, %n day late</numerusform>
            <numerusform>reported %1, %n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The migration file %1 is misnamed or unreadable.</source>
        <translation>The migration file %1 is misnamed or unreadable.</translation>
    </message>
    <message>
        <source>The migration file %1 has no &quot;-- min_compatible: N&quot; line.</source>
        <translation>The migration file %1 has no &quot;-- min_compatible: N&quot; line.</translation>
    </message>
    <message>
        <source>Two migration files carry the number %1.</source>
        <translation>Two migration files carry the number %1.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer MarketDesk (schema %1, needs an app that knows schema %2 or later); this MarketDesk knows schema %3 only. Install the newer version to open it.</source>
        <translation>This database was upgraded by a newer MarketDesk (schema %1, needs an app that knows schema %2 or later); this MarketDesk knows schema %3 only. Install the newer version to open it.</translation>
    </message>
    <message>
        <source>Upgrading the database failed; it was left at schema %1.
%2</source>
        <translation>Upgrading the database failed; it was left at schema %1.
%2</translation>
    </message>
    <message numerus="yes">
        <source>This database is not MarketDesk&apos;s: it holds %n table(s) that MarketDesk did not make (%1). Choose an empty database or one MarketDesk set up; nothing was changed.</source>
        <translation>
            <numerusform>This database is not MarketDesk&apos;s: it holds a table that MarketDesk did not make (%1). Choose an empty database or one MarketDesk set up; nothing was changed.</numerusform>
            <numerusform>This database is not MarketDesk&apos;s: it holds %n tables that MarketDesk did not make (%1). Choose an empty database or one MarketDesk set up; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the database was cancelled; it was left at schema %1.</source>
        <translation>Updating the database was cancelled; it was left at schema %1.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: it has more than one decimal point.</source>
        <translation>&quot;%1&quot; is not an amount: it has more than one decimal point.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; amounts are kept to the fen.</source>
        <translation>&quot;%1&quot; has more than two decimals; amounts are kept to the fen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; is not an amount.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a misplaced thousands separator.</source>
        <translation>&quot;%1&quot; has a misplaced thousands separator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits, a decimal point and thousands separators.</source>
        <translation>&quot;%1&quot; is not an amount: use digits, a decimal point and thousands separators.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>&quot;%1&quot; is too large.</translation>
    </message>
</context>
<context>
    <name>MoveContract</name>
    <message>
        <source>This step is taken in the contract wizard or the paper-copy request.</source>
        <translation>This step is taken in the contract wizard or the paper-copy request.</translation>
    </message>
    <message>
        <source>Give a reason for this step.</source>
        <translation>Give a reason for this step.</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>The reason may have at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>MoveDelivery</name>
    <message>
        <source>Describe the step: this step needs a text.</source>
        <translation>Describe the step: this step needs a text.</translation>
    </message>
    <message>
        <source>The text may have at most %1 characters.</source>
        <translation>The text may have at most %1 characters.</translation>
    </message>
    <message>
        <source>A step may carry at most %1 files.</source>
        <translation>A step may carry at most %1 files.</translation>
    </message>
    <message>
        <source>Every file needs a name.</source>
        <translation>Every file needs a name.</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 is larger than 20 MB.</translation>
    </message>
</context>
<context>
    <name>MoveInvoiceRequest</name>
    <message>
        <source>Attach the invoice file (PDF, XML or OFD).</source>
        <translation>Attach the invoice file (PDF, XML or OFD).</translation>
    </message>
    <message>
        <source>The invoice file must be a PDF, XML or OFD file.</source>
        <translation>The invoice file must be a PDF, XML or OFD file.</translation>
    </message>
    <message>
        <source>The invoice file is larger than 20 MB.</source>
        <translation>The invoice file is larger than 20 MB.</translation>
    </message>
    <message>
        <source>Choose why the invoice is returned.</source>
        <translation>Choose why the invoice is returned.</translation>
    </message>
    <message>
        <source>Explain the return in a few words.</source>
        <translation>Explain the return in a few words.</translation>
    </message>
    <message>
        <source>The explanation may have at most %1 characters.</source>
        <translation>The explanation may have at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>MoveVendor</name>
    <message>
        <source>Choose why the vendor leaves.</source>
        <translation>Choose why the vendor leaves.</translation>
    </message>
    <message>
        <source>Say why the vendor&apos;s display is suspended or restored.</source>
        <translation>Say why the vendor&apos;s display is suspended or restored.</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>The note may have at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>NewInvoiceRequestDialog</name>
    <message>
        <source>New invoice request</source>
        <translation>New invoice request</translation>
    </message>
    <message>
        <source>Customer ID or name</source>
        <translation>Customer ID or name</translation>
    </message>
    <message>
        <source>Find &amp;buyer</source>
        <translation>Find &amp;buyer</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Vendor</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>Invoice &amp;type</source>
        <translation>Invoice &amp;type</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>Mailing a&amp;ddress</source>
        <translation>Mailing a&amp;ddress</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>No valid invoice title: enter the buyer&apos;s title first.</source>
        <translation>No valid invoice title: enter the buyer&apos;s title first.</translation>
    </message>
    <message>
        <source>%1 — invoiceable %2</source>
        <translation>%1 — invoiceable %2</translation>
    </message>
    <message>
        <source> — monthly statement %1, invoiced whole</source>
        <translation> — monthly statement %1, invoiced whole</translation>
    </message>
    <message>
        <source>Tick the orders to invoice.</source>
        <translation>Tick the orders to invoice.</translation>
    </message>
    <message>
        <source>Invoiceable %1 = cash paid %2 − refunded %3 − already requested or invoiced %4. Vouchers and coupons (%5) are not invoiceable.</source>
        <translation>Invoiceable %1 = cash paid %2 − refunded %3 − already requested or invoiced %4. Vouchers and coupons (%5) are not invoiceable.</translation>
    </message>
    <message>
        <source>T&amp;itle…</source>
        <translation>T&amp;itle…</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s invoice title or correct it</source>
        <translation>Enter the buyer&apos;s invoice title or correct it</translation>
    </message>
    <message>
        <source>Choose the buyer.</source>
        <translation>Choose the buyer.</translation>
    </message>
    <message>
        <source>Add add&amp;ress…</source>
        <translation>Add add&amp;ress…</translation>
    </message>
    <message>
        <source>A request typed at %1 was never saved.</source>
        <translation>A request typed at %1 was never saved.</translation>
    </message>
    <message>
        <source>The buyer pays the courier on delivery (到付, up to %1)</source>
        <translation>The buyer pays the courier on delivery (到付, up to %1)</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Order type</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Paid amount</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>The order could not be read: %1</source>
        <translation>The order could not be read: %1</translation>
    </message>
    <message>
        <source>This order no longer exists.</source>
        <translation>This order no longer exists.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Delivery type</source>
        <translation>Delivery type</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Order type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Paid amount</translation>
    </message>
    <message>
        <source>Vouchers and coupons</source>
        <translation>Vouchers and coupons</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Invoice requests</source>
        <translation>Invoice requests</translation>
    </message>
    <message>
        <source>Service delivery</source>
        <translation>Service delivery</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Ask for a refund…</source>
        <translation>Ask for a refund…</translation>
    </message>
    <message>
        <source>Record the buyer&apos;s refund request; the policy is shown first (Ctrl+R)</source>
        <translation>Record the buyer&apos;s refund request; the policy is shown first (Ctrl+R)</translation>
    </message>
    <message>
        <source>Approve refund…</source>
        <translation>Approve refund…</translation>
    </message>
    <message>
        <source>Decline refund…</source>
        <translation>Decline refund…</translation>
    </message>
    <message>
        <source>%1
Declined: %2</source>
        <translation>%1
Declined: %2</translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation>Decided by %1 at %2</translation>
    </message>
    <message>
        <source>Requested by %1</source>
        <translation>Requested by %1</translation>
    </message>
    <message>
        <source>No orders yet. Orders come from the marketplace: connect it in Settings ▸ Marketplace.</source>
        <translation>No orders yet. Orders come from the marketplace: connect it in Settings ▸ Marketplace.</translation>
    </message>
    <message>
        <source>Search order ID, customer ID or phone</source>
        <translation>Search order ID, customer ID or phone</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
</context>
<context>
    <name>PaperCopyDialog</name>
    <message>
        <source>Paper copies of contract %1</source>
        <translation>Paper copies of contract %1</translation>
    </message>
    <message numerus="yes">
        <source>Paper copies are requested once per contract and mailed within %n working day(s). The address cannot be changed once submitted.</source>
        <translation>
            <numerusform>Paper copies are requested once per contract and mailed within %n working day. The address cannot be changed once submitted.</numerusform>
            <numerusform>Paper copies are requested once per contract and mailed within %n working days. The address cannot be changed once submitted.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Copies</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Request</translation>
    </message>
    <message numerus="yes">
        <source>Send %n copy(ies) to %1, %2 %3? The address cannot be changed afterwards.</source>
        <translation>
            <numerusform>Send %n copy to %1, %2 %3? The address cannot be changed afterwards.</numerusform>
            <numerusform>Send %n copies to %1, %2 %3? The address cannot be changed afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMailingDialog</name>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Courier</source>
        <translation>&amp;Courier</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>&amp;Tracking number</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
</context>
<context>
    <name>PartyAEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>PermissionText</name>
    <message>
        <source>List invoice requests</source>
        <translation>List invoice requests</translation>
    </message>
    <message>
        <source>Enter invoice requests and buyer actions</source>
        <translation>Enter invoice requests and buyer actions</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>Issue invoices</translation>
    </message>
    <message>
        <source>Handle returns and refunds of invoice requests</source>
        <translation>Handle returns and refunds of invoice requests</translation>
    </message>
    <message>
        <source>Void invoices</source>
        <translation>Void invoices</translation>
    </message>
    <message>
        <source>Enter and correct vendor applications</source>
        <translation>Enter and correct vendor applications</translation>
    </message>
    <message>
        <source>Review, approve and reject applications</source>
        <translation>Review, approve and reject applications</translation>
    </message>
    <message>
        <source>Record deposit payments, deductions and surcharges</source>
        <translation>Record deposit payments, deductions and surcharges</translation>
    </message>
    <message>
        <source>Record violations</source>
        <translation>Record violations</translation>
    </message>
    <message>
        <source>Edit vendors and suspend or restore them</source>
        <translation>Edit vendors and suspend or restore them</translation>
    </message>
    <message>
        <source>Let vendors exit and confirm expulsions</source>
        <translation>Let vendors exit and confirm expulsions</translation>
    </message>
    <message>
        <source>Record buyers&apos; refund requests</source>
        <translation>Record buyers&apos; refund requests</translation>
    </message>
    <message>
        <source>Approve or decline refunds</source>
        <translation>Approve or decline refunds</translation>
    </message>
    <message>
        <source>Work service deliveries</source>
        <translation>Work service deliveries</translation>
    </message>
    <message>
        <source>Draft and move contracts</source>
        <translation>Draft and move contracts</translation>
    </message>
    <message>
        <source>Edit settings and the holiday calendar</source>
        <translation>Edit settings and the holiday calendar</translation>
    </message>
    <message>
        <source>Edit markets, checklists and violation types</source>
        <translation>Edit markets, checklists and violation types</translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation>Manage users and roles</translation>
    </message>
    <message>
        <source>Enter and change products and submit them for review</source>
        <translation>Enter and change products and submit them for review</translation>
    </message>
    <message>
        <source>Review, list, reject and delist products</source>
        <translation>Review, list, reject and delist products</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product %1</source>
        <translation>Product %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>e.g. 1,280.00</source>
        <translation>e.g. 1,280.00</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Vendor</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Market</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Delivery type</source>
        <translation>&amp;Delivery type</translation>
    </message>
    <message>
        <source>&amp;Price (¥)</source>
        <translation>&amp;Price (¥)</translation>
    </message>
    <message>
        <source>&amp;Warranty</source>
        <translation>&amp;Warranty</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>Wording check</source>
        <translation>Wording check</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Nothing flagged.</source>
        <translation>Nothing flagged.</translation>
    </message>
    <message>
        <source>Flagged for the reviewer: %1</source>
        <translation>Flagged for the reviewer: %1</translation>
    </message>
    <message>
        <source>Saving takes %1 off sale until it is reviewed again: a changed software or tool product needs a new security review.</source>
        <translation>Saving takes %1 off sale until it is reviewed again: a changed software or tool product needs a new security review.</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Delivery type</source>
        <translation>Delivery type</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Last order</translation>
    </message>
</context>
<context>
    <name>ProductReviewDialog</name>
    <message>
        <source>Reason: why the product is rejected; the vendor reads it</source>
        <translation>Reason: why the product is rejected; the vendor reads it</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>&amp;List it</source>
        <translation>&amp;List it</translation>
    </message>
    <message>
        <source>Description (flagged words marked)</source>
        <translation>Description (flagged words marked)</translation>
    </message>
    <message>
        <source>Listing checklist: tick each item that is met (Space), note what you checked (F2)</source>
        <translation>Listing checklist: tick each item that is met (Space), note what you checked (F2)</translation>
    </message>
    <message>
        <source>The product could not be read: %1</source>
        <translation>The product could not be read: %1</translation>
    </message>
    <message>
        <source>Listing review: %1</source>
        <translation>Listing review: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 · %4 · %5 · %6&lt;br&gt;Warranty %7 days</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 · %4 · %5 · %6&lt;br&gt;Warranty %7 days</translation>
    </message>
    <message>
        <source>Rejected before: %1</source>
        <translation>Rejected before: %1</translation>
    </message>
    <message>
        <source>Wording check: %1</source>
        <translation>Wording check: %1</translation>
    </message>
    <message>
        <source>Every item is ticked.</source>
        <translation>Every item is ticked.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) not ticked yet.</source>
        <translation>
            <numerusform>%n of %1 items not ticked yet.</numerusform>
            <numerusform>%n of %1 items not ticked yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deposit %1 paid of %2 due</source>
        <translation>Deposit %1 paid of %2 due</translation>
    </message>
    <message>
        <source>%1, &lt;b&gt;%2 short&lt;/b&gt;</source>
        <translation>%1, &lt;b&gt;%2 short&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The deposit could not be read: %1</source>
        <translation>The deposit could not be read: %1</translation>
    </message>
    <message>
        <source>no security review for a manual service</source>
        <translation>no security review for a manual service</translation>
    </message>
    <message>
        <source>&lt;b&gt;security review not passed yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;security review not passed yet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>security review passed %1</source>
        <translation>security review passed %1</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>The product no longer exists.</source>
        <translation>The product no longer exists.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Reopen it.</source>
        <translation>%1 was changed by someone else. Reopen it.</translation>
    </message>
    <message>
        <source>%1 is under review; it can be changed once it is listed or rejected.</source>
        <translation>%1 is under review; it can be changed once it is listed or rejected.</translation>
    </message>
    <message>
        <source>The vendor was not admitted to this market.</source>
        <translation>The vendor was not admitted to this market.</translation>
    </message>
    <message>
        <source>The product was changed by someone else. Reopen it.</source>
        <translation>The product was changed by someone else. Reopen it.</translation>
    </message>
    <message>
        <source>Checklist items are ticked while the product is under review.</source>
        <translation>Checklist items are ticked while the product is under review.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Look at it again.</source>
        <translation>%1 was changed by someone else. Look at it again.</translation>
    </message>
    <message>
        <source>%1 has moved on meanwhile; look at it again.</source>
        <translation>%1 has moved on meanwhile; look at it again.</translation>
    </message>
    <message>
        <source>The deposit of %1 is %2 short; a product is listed only once it is paid in full.</source>
        <translation>The deposit of %1 is %2 short; a product is listed only once it is paid in full.</translation>
    </message>
    <message>
        <source>The product was changed by someone else. Look at it again.</source>
        <translation>The product was changed by someone else. Look at it again.</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Search product, vendor or description</source>
        <translation>Search product, vendor or description</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>New product…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the product; a listed software or tool product goes back to review (Ctrl+E)</source>
        <translation>Change the product; a listed software or tool product goes back to review (Ctrl+E)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Ask the marketplace to review the product for listing (Ctrl+Shift+Enter)</source>
        <translation>Ask the marketplace to review the product for listing (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Open the listing checklist and decide (Ctrl+R, or Enter on a row)</source>
        <translation>Open the listing checklist and decide (Ctrl+R, or Enter on a row)</translation>
    </message>
    <message>
        <source>Delist…</source>
        <translation>Delist…</translation>
    </message>
    <message>
        <source>Take the product off sale, with the reason (Ctrl+Shift+D)</source>
        <translation>Take the product off sale, with the reason (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>The product could not be read: %1</source>
        <translation>The product could not be read: %1</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>This product no longer exists.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Delivery type</source>
        <translation>Delivery type</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 of %2 ticked</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Security review</translation>
    </message>
    <message>
        <source>Passed %1</source>
        <translation>Passed %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Wording check</source>
        <translation>Wording check</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Last order</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Listed at</source>
        <translation>Listed at</translation>
    </message>
    <message>
        <source>Delisted if no order by</source>
        <translation>Delisted if no order by</translation>
    </message>
    <message numerus="yes">
        <source>%1 (no order for %n month(s))</source>
        <translation>
            <numerusform>%1 (no order for %n month)</numerusform>
            <numerusform>%1 (no order for %n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>Reject reason</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Delisted</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Delist %1</source>
        <translation>Delist %1</translation>
    </message>
    <message>
        <source>Why is the product taken off sale? The vendor reads the reason.</source>
        <translation>Why is the product taken off sale? The vendor reads the reason.</translation>
    </message>
    <message>
        <source>%1 was not changed</source>
        <translation>%1 was not changed</translation>
    </message>
    <message>
        <source>No products yet. Add one with New product….</source>
        <translation>No products yet. Add one with New product….</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <source>Filter the first column</source>
        <translation>Filter the first column</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Database error</translation>
    </message>
    <message>
        <source>The list could not be read.

%1</source>
        <translation>The list could not be read.

%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <source>Who else is editing this record could not be read: %1</source>
        <translation>Who else is editing this record could not be read: %1</translation>
    </message>
    <message>
        <source>Being edited by %1</source>
        <translation>Being edited by %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln row(s); counting…</source>
        <translation>
            <numerusform>Showing %Ln row; counting…</numerusform>
            <numerusform>Showing %Ln rows; counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln row(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln row</numerusform>
            <numerusform>Showing %1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 · %3 overdue)</source>
        <translation>%1 (%2 · %3 overdue)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln row(s); the counts could not be read: %1</source>
        <translation>
            <numerusform>Showing %Ln row; the counts could not be read: %1</numerusform>
            <numerusform>Showing %Ln rows; the counts could not be read: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>The list could not be read.</translation>
    </message>
    <message>
        <source>Nothing matches the search or the column filters.</source>
        <translation>Nothing matches the search or the column filters.</translation>
    </message>
    <message>
        <source>Nothing in this tab.</source>
        <translation>Nothing in this tab.</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Previous tab</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>RecordDepositEntry</name>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Enter an amount above zero.</translation>
    </message>
    <message>
        <source>The deposit holds only %1; no more can be taken from it.</source>
        <translation>The deposit holds only %1; no more can be taken from it.</translation>
    </message>
    <message>
        <source>Enter the receipt number: 4 to 32 letters, digits or hyphens.</source>
        <translation>Enter the receipt number: 4 to 32 letters, digits or hyphens.</translation>
    </message>
    <message>
        <source>Say why the deposit is deducted.</source>
        <translation>Say why the deposit is deducted.</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>The reason may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Name the settlement the amount is taken from.</source>
        <translation>Name the settlement the amount is taken from.</translation>
    </message>
</context>
<context>
    <name>RecordMaterialChange</name>
    <message>
        <source>Enter the date the change took effect.</source>
        <translation>Enter the date the change took effect.</translation>
    </message>
    <message>
        <source>The report cannot come in the future.</source>
        <translation>The report cannot come in the future.</translation>
    </message>
    <message>
        <source>Enter what it is now.</source>
        <translation>Enter what it is now.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <source>This is what it was before; nothing changed.</source>
        <translation>This is what it was before; nothing changed.</translation>
    </message>
</context>
<context>
    <name>RecordViolation</name>
    <message>
        <source>Choose the type of violation.</source>
        <translation>Choose the type of violation.</translation>
    </message>
    <message>
        <source>Enter the date the violation occurred.</source>
        <translation>Enter the date the violation occurred.</translation>
    </message>
    <message>
        <source>The violation cannot have occurred in the future.</source>
        <translation>The violation cannot have occurred in the future.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>The description may have at most %1 characters.</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 is larger than 20 MB.</translation>
    </message>
</context>
<context>
    <name>ReentryRule</name>
    <message>
        <source>%1 is already a vendor on the marketplace.</source>
        <translation>%1 is already a vendor on the marketplace.</translation>
    </message>
    <message>
        <source>%1 was expelled from the marketplace and may not apply again.</source>
        <translation>%1 was expelled from the marketplace and may not apply again.</translation>
    </message>
    <message>
        <source>%1 left the marketplace of its own accord; it may apply again from %2.</source>
        <translation>%1 left the marketplace of its own accord; it may apply again from %2.</translation>
    </message>
</context>
<context>
    <name>RefundFlow</name>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>The order could not be read: %1</translation>
    </message>
    <message>
        <source>This order no longer exists.</source>
        <translation>This order no longer exists.</translation>
    </message>
    <message>
        <source>The refund could not be read: %1</source>
        <translation>The refund could not be read: %1</translation>
    </message>
    <message>
        <source>Order %1 has no refund waiting for a decision.</source>
        <translation>Order %1 has no refund waiting for a decision.</translation>
    </message>
    <message>
        <source>Order %1: %2, %3.</source>
        <translation>Order %1: %2, %3.</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>Approve refund</translation>
    </message>
    <message>
        <source>%1
Approve the refund? The amount is refunded on the order.</source>
        <translation>%1
Approve the refund? The amount is refunded on the order.</translation>
    </message>
    <message>
        <source>Decline refund</source>
        <translation>Decline refund</translation>
    </message>
    <message>
        <source>%1
Why is the refund declined?</source>
        <translation>%1
Why is the refund declined?</translation>
    </message>
</context>
<context>
    <name>RefundPolicy</name>
    <message>
        <source>A refund request of this order is waiting for the platform&apos;s decision.</source>
        <translation>A refund request of this order is waiting for the platform&apos;s decision.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this order.</source>
        <translation>Nothing is left to refund on this order.</translation>
    </message>
    <message>
        <source>Application product paid less than %1 days ago: full refund.</source>
        <translation>Application product paid less than %1 days ago: full refund.</translation>
    </message>
    <message>
        <source>The %1-day refund guarantee of application products has ended: a refund needs a reason and an agreed amount, and the platform decides.</source>
        <translation>The %1-day refund guarantee of application products has ended: a refund needs a reason and an agreed amount, and the platform decides.</translation>
    </message>
    <message>
        <source>The delivery is already being refunded.</source>
        <translation>The delivery is already being refunded.</translation>
    </message>
    <message>
        <source>Service product whose requirement the vendor has not confirmed: full refund; the delivery pauses until the platform decides.</source>
        <translation>Service product whose requirement the vendor has not confirmed: full refund; the delivery pauses until the platform decides.</translation>
    </message>
    <message>
        <source>The vendor has confirmed the requirement: the refund goes through a platform ticket, with a reason and the amount agreed with the vendor.</source>
        <translation>The vendor has confirmed the requirement: the refund goes through a platform ticket, with a reason and the amount agreed with the vendor.</translation>
    </message>
    <message>
        <source>Tool products carry no refund guarantee: a refund needs a reason and an agreed amount, and the platform decides.</source>
        <translation>Tool products carry no refund guarantee: a refund needs a reason and an agreed amount, and the platform decides.</translation>
    </message>
</context>
<context>
    <name>RefundRequestDialog</name>
    <message>
        <source>Refund request for order %1</source>
        <translation>Refund request for order %1</translation>
    </message>
    <message>
        <source>Within the guarantee the whole amount is refunded.</source>
        <translation>Within the guarantee the whole amount is refunded.</translation>
    </message>
    <message>
        <source>The amount agreed between buyer and vendor, at most %1.</source>
        <translation>The amount agreed between buyer and vendor, at most %1.</translation>
    </message>
    <message>
        <source>What the buyer said, at most %1 characters</source>
        <translation>What the buyer said, at most %1 characters</translation>
    </message>
    <message>
        <source>Guarantee ends</source>
        <translation>Guarantee ends</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Amount (¥)</source>
        <translation>&amp;Amount (¥)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Submit refund request</source>
        <translation>Submit refund request</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>The refund has no identifier.</source>
        <translation>The refund has no identifier.</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>The order no longer exists.</translation>
    </message>
    <message>
        <source>The refund no longer exists.</source>
        <translation>The refund no longer exists.</translation>
    </message>
    <message>
        <source>The refund was changed by someone else. Look at it again.</source>
        <translation>The refund was changed by someone else. Look at it again.</translation>
    </message>
    <message>
        <source>The refund was decided already.</source>
        <translation>The refund was decided already.</translation>
    </message>
    <message>
        <source>The refund is larger than what is left to refund on the order.</source>
        <translation>The refund is larger than what is left to refund on the order.</translation>
    </message>
</context>
<context>
    <name>ReportMaterialChange</name>
    <message>
        <source>Enter the date the vendor reported the change.</source>
        <translation>Enter the date the vendor reported the change.</translation>
    </message>
    <message>
        <source>The report cannot come in the future.</source>
        <translation>The report cannot come in the future.</translation>
    </message>
</context>
<context>
    <name>RequestPaperCopy</name>
    <message>
        <source>Ask for 1 or %1 paper copies.</source>
        <translation>Ask for 1 or %1 paper copies.</translation>
    </message>
</context>
<context>
    <name>RequestRefund</name>
    <message>
        <source>Choose one of the reasons offered for this order.</source>
        <translation>Choose one of the reasons offered for this order.</translation>
    </message>
    <message>
        <source>Say why the buyer asks for the refund.</source>
        <translation>Say why the buyer asks for the refund.</translation>
    </message>
    <message>
        <source>The text may have at most %1 characters.</source>
        <translation>The text may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Within the guarantee the refund is the full %1.</source>
        <translation>Within the guarantee the refund is the full %1.</translation>
    </message>
    <message>
        <source>Enter an amount between 0.01 and %1.</source>
        <translation>Enter an amount between 0.01 and %1.</translation>
    </message>
</context>
<context>
    <name>ReturnRequestDialog</name>
    <message>
        <source>The buyer has already deducted or booked this invoice (已抵扣/入账)</source>
        <translation>The buyer has already deducted or booked this invoice (已抵扣/入账)</translation>
    </message>
    <message>
        <source>Return request for invoice %1</source>
        <translation>Return request for invoice %1</translation>
    </message>
    <message>
        <source>Red-letter confirmation number, if the buyer has it</source>
        <translation>Red-letter confirmation number, if the buyer has it</translation>
    </message>
    <message>
        <source>At most 100 characters</source>
        <translation>At most 100 characters</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Red-&amp;letter number</source>
        <translation>Red-&amp;letter number</translation>
    </message>
    <message>
        <source>Returned by &amp;courier</source>
        <translation>Returned by &amp;courier</translation>
    </message>
    <message>
        <source>Return &amp;tracking number</source>
        <translation>Return &amp;tracking number</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplanation</translation>
    </message>
</context>
<context>
    <name>ReviewProduct</name>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>The reason may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Say why the product is rejected; the vendor sees it.</source>
        <translation>Say why the product is rejected; the vendor sees it.</translation>
    </message>
    <message>
        <source>Say why the product is taken off sale.</source>
        <translation>Say why the product is taken off sale.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) are not ticked. A product is listed only when every item is.</source>
        <translation>
            <numerusform>%n checklist item is not ticked. A product is listed only when every item is.</numerusform>
            <numerusform>%n checklist items are not ticked. A product is listed only when every item is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Role %1</translation>
    </message>
    <message>
        <source>e.g. auditor: lower-case letters, digits, _</source>
        <translation>e.g. auditor: lower-case letters, digits, _</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Permissions</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Nothing can be done with this record now</source>
        <translation>Nothing can be done with this record now</translation>
    </message>
</context>
<context>
    <name>RuleSettingsBox</name>
    <message>
        <source>Deadlines and limits</source>
        <translation>Deadlines and limits</translation>
    </message>
    <message>
        <source>Invoice requests</source>
        <translation>Invoice requests</translation>
    </message>
    <message>
        <source>Days to issue</source>
        <translation>Days to issue</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>working days (holiday calendar)</source>
        <translation>working days (holiday calendar)</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <source>Issue &amp;within</source>
        <translation>Issue &amp;within</translation>
    </message>
    <message>
        <source>Cash on delivery up to</source>
        <translation>Cash on delivery up to</translation>
    </message>
    <message>
        <source>Returns processed within</source>
        <translation>Returns processed within</translation>
    </message>
    <message>
        <source>Red-letter form confirmed within</source>
        <translation>Red-letter form confirmed within</translation>
    </message>
    <message>
        <source>Service deliveries</source>
        <translation>Service deliveries</translation>
    </message>
    <message>
        <source>Accepted automatically after</source>
        <translation>Accepted automatically after</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>Top up within</source>
        <translation>Top up within</translation>
    </message>
    <message>
        <source>Surcharge proposed after more than</source>
        <translation>Surcharge proposed after more than</translation>
    </message>
    <message>
        <source>Surcharge for a year</source>
        <translation>Surcharge for a year</translation>
    </message>
    <message>
        <source>Vendors and products</source>
        <translation>Vendors and products</translation>
    </message>
    <message>
        <source>Expulsion proposed at</source>
        <translation>Expulsion proposed at</translation>
    </message>
    <message>
        <source>May apply again after own exit</source>
        <translation>May apply again after own exit</translation>
    </message>
    <message>
        <source>Delisted without an order for</source>
        <translation>Delisted without an order for</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Paper copies mailed within</source>
        <translation>Paper copies mailed within</translation>
    </message>
    <message>
        <source>&amp;Save deadlines and limits</source>
        <translation>&amp;Save deadlines and limits</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> working day(s)</source>
        <translation>
            <numerusform> working day</numerusform>
            <numerusform> working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> point(s) in a year</source>
        <translation>
            <numerusform> point in a year</numerusform>
            <numerusform> points in a year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> deduction(s) in 12 months</source>
        <translation>
            <numerusform> deduction in 12 months</numerusform>
            <numerusform> deductions in 12 months</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines already set on a request, a delivery or a contract keep their time; the other figures count from the moment they are saved.</source>
        <translation>Deadlines already set on a request, a delivery or a contract keep their time; the other figures count from the moment they are saved.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Else taken from the settlement on day</source>
        <translation>Else taken from the settlement on day</translation>
    </message>
    <message>
        <source> of each month</source>
        <translation> of each month</translation>
    </message>
</context>
<context>
    <name>SaveApplication</name>
    <message>
        <source>Choose the province and then the city of registration.</source>
        <translation>Choose the province and then the city of registration.</translation>
    </message>
    <message>
        <source>The main business may have at most %1 characters.</source>
        <translation>The main business may have at most %1 characters.</translation>
    </message>
    <message>
        <source>The number of service staff cannot be negative.</source>
        <translation>The number of service staff cannot be negative.</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 is larger than 20 MB.</translation>
    </message>
    <message>
        <source>Describe the main business and strengths.</source>
        <translation>Describe the main business and strengths.</translation>
    </message>
    <message>
        <source>Choose at least one market to enter.</source>
        <translation>Choose at least one market to enter.</translation>
    </message>
    <message>
        <source>Register the number of service staff.</source>
        <translation>Register the number of service staff.</translation>
    </message>
    <message>
        <source>Register the service hours, e.g. 5×8 or 7×24.</source>
        <translation>Register the service hours, e.g. 5×8 or 7×24.</translation>
    </message>
    <message>
        <source>Register the warranty period.</source>
        <translation>Register the warranty period.</translation>
    </message>
    <message>
        <source>All three agreements must be accepted before submitting.</source>
        <translation>All three agreements must be accepted before submitting.</translation>
    </message>
    <message>
        <source>An enterprise attaches its business licence and the legal representative&apos;s ID.</source>
        <translation>An enterprise attaches its business licence and the legal representative&apos;s ID.</translation>
    </message>
    <message>
        <source>An individual vendor attaches an ID card.</source>
        <translation>An individual vendor attaches an ID card.</translation>
    </message>
</context>
<context>
    <name>SaveCatalogueEntry</name>
    <message>
        <source>The key is 2 to 40 lower-case letters, digits or underscores, starting with a letter.</source>
        <translation>The key is 2 to 40 lower-case letters, digits or underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>Enter the text, at most %1 characters.</source>
        <translation>Enter the text, at most %1 characters.</translation>
    </message>
    <message>
        <source>The deposit cannot be negative.</source>
        <translation>The deposit cannot be negative.</translation>
    </message>
    <message>
        <source>Points run from 0 to %1.</source>
        <translation>Points run from 0 to %1.</translation>
    </message>
</context>
<context>
    <name>SaveContractDraft</name>
    <message>
        <source>Choose the buyer account the contract is with.</source>
        <translation>Choose the buyer account the contract is with.</translation>
    </message>
    <message>
        <source>Choose the vendor that signs as party B.</source>
        <translation>Choose the vendor that signs as party B.</translation>
    </message>
    <message>
        <source>Pick at least one order for this contract.</source>
        <translation>Pick at least one order for this contract.</translation>
    </message>
    <message>
        <source>A framework contract lists no orders.</source>
        <translation>A framework contract lists no orders.</translation>
    </message>
    <message>
        <source>Enter the day the contract starts.</source>
        <translation>Enter the day the contract starts.</translation>
    </message>
    <message>
        <source>The contract must end on or after the day it starts.</source>
        <translation>The contract must end on or after the day it starts.</translation>
    </message>
    <message>
        <source>A draft is saved while filling in, confirming the text or confirming the signature.</source>
        <translation>A draft is saved while filling in, confirming the text or confirming the signature.</translation>
    </message>
</context>
<context>
    <name>SaveInvoiceTitle</name>
    <message>
        <source>A personal title is always 个人.</source>
        <translation>A personal title is always 个人.</translation>
    </message>
</context>
<context>
    <name>SaveProduct</name>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Enter the product&apos;s name.</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>The name may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Choose the vendor that sells the product.</source>
        <translation>Choose the vendor that sells the product.</translation>
    </message>
    <message>
        <source>Choose the market the product is listed in.</source>
        <translation>Choose the market the product is listed in.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>The warranty is between 0 and %1 days.</source>
        <translation>The warranty is between 0 and %1 days.</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>The description may have at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>SaveRole</name>
    <message>
        <source>A role key is 1 to %1 lower-case letters, digits or underscores, starting with a letter.</source>
        <translation>A role key is 1 to %1 lower-case letters, digits or underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role; choose another key.</source>
        <translation>&quot;%1&quot; is a built-in role; choose another key.</translation>
    </message>
    <message>
        <source>Grant the role at least one permission.</source>
        <translation>Grant the role at least one permission.</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 was cancelled.</source>
        <translation>Connecting to %1 was cancelled.</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>--init-server sets up a PostgreSQL server; the embedded SQLite file is a single-user database.</source>
        <translation>--init-server sets up a PostgreSQL server; the embedded SQLite file is a single-user database.</translation>
    </message>
    <message>
        <source>The server setup script is missing from this build.</source>
        <translation>The server setup script is missing from this build.</translation>
    </message>
    <message>
        <source>The role prefix %1 is too long for PostgreSQL role names.</source>
        <translation>The role prefix %1 is too long for PostgreSQL role names.</translation>
    </message>
    <message>
        <source>The server could not be set up: %1</source>
        <translation>The server could not be set up: %1</translation>
    </message>
    <message>
        <source>Users are added on a PostgreSQL team server; the embedded SQLite file has a single user.</source>
        <translation>Users are added on a PostgreSQL team server; the embedded SQLite file has a single user.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; must be 1 to 48 lower-case letters, digits or underscores, not starting with a digit.</source>
        <translation>The user name &quot;%1&quot; must be 1 to 48 lower-case letters, digits or underscores, not starting with a digit.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>Run --init-server on this database first.</source>
        <translation>Run --init-server on this database first.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>There is no role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no vendor with the ID or name &quot;%1&quot;.</source>
        <translation>There is no vendor with the ID or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several vendors are named &quot;%1&quot;; give the vendor&apos;s ID.</source>
        <translation>Several vendors are named &quot;%1&quot;; give the vendor&apos;s ID.</translation>
    </message>
    <message>
        <source>A %1 belongs to one vendor: give --vendor.</source>
        <translation>A %1 belongs to one vendor: give --vendor.</translation>
    </message>
    <message>
        <source>A %1 is marketplace staff and belongs to no vendor.</source>
        <translation>A %1 is marketplace staff and belongs to no vendor.</translation>
    </message>
    <message>
        <source>A login role named &quot;%1&quot; already exists on this server.</source>
        <translation>A login role named &quot;%1&quot; already exists on this server.</translation>
    </message>
    <message>
        <source>The user could not be added: %1</source>
        <translation>The user could not be added: %1</translation>
    </message>
    <message>
        <source>Roles are kept on a PostgreSQL team server; the embedded SQLite file has a single user.</source>
        <translation>Roles are kept on a PostgreSQL team server; the embedded SQLite file has a single user.</translation>
    </message>
    <message>
        <source>There is no permission &quot;%1&quot;.</source>
        <translation>There is no permission &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The role could not be saved: %1</source>
        <translation>The role could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>%1
(from %2)</source>
        <translation>%1
(from %2)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Change connection…</source>
        <translation>&amp;Change connection…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>A new language is used from the next start.</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>Published years</source>
        <translation>Published years</translation>
    </message>
    <message>
        <source>&amp;Import holiday schedule…</source>
        <translation>&amp;Import holiday schedule…</translation>
    </message>
    <message>
        <source>Add a year when the State Council publishes its holidays and make-up working days.</source>
        <translation>Add a year when the State Council publishes its holidays and make-up working days.</translation>
    </message>
    <message>
        <source>Database connection saved</source>
        <translation>Database connection saved</translation>
    </message>
    <message>
        <source>MarketDesk will use %1 from the next start.</source>
        <translation>MarketDesk will use %1 from the next start.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No schedule for %1: deadlines count weekends only.</source>
        <translation>No schedule for %1: deadlines count weekends only.</translation>
    </message>
    <message>
        <source>Holiday schedule</source>
        <translation>Holiday schedule</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nothing was imported.

%1</translation>
    </message>
    <message>
        <source>MarketDesk will use %1 when it is started without %2, which chooses the database at every start.</source>
        <translation>MarketDesk will use %1 when it is started without %2, which chooses the database at every start.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no setting named %1.</source>
        <translation>There is no setting named %1.</translation>
    </message>
    <message>
        <source>The setting %1 was changed by someone else to %2.</source>
        <translation>The setting %1 was changed by someone else to %2.</translation>
    </message>
    <message>
        <source>The setting %1 was changed by someone else.</source>
        <translation>The setting %1 was changed by someone else.</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Enter a whole number from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>StartupInteraction</name>
    <message>
        <source>MarketDesk</source>
        <translation>MarketDesk</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Password for %1 on %2:</translation>
    </message>
    <message>
        <source>Setting up the new database…</source>
        <translation>Setting up the new database…</translation>
    </message>
    <message>
        <source>Updating the database for this version of MarketDesk…
This happens once; on a large database it can take a minute.</source>
        <translation>Updating the database for this version of MarketDesk…
This happens once; on a large database it can take a minute.</translation>
    </message>
</context>
<context>
    <name>StepSaver</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The server cannot be reached; MarketDesk keeps trying. Try again once the status bar says the connection is back.</source>
        <translation>The server cannot be reached; MarketDesk keeps trying. Try again once the status bar says the connection is back.</translation>
    </message>
</context>
<context>
    <name>SystemReason</name>
    <message>
        <source>Deposit not topped up and still short after the settlement of %1</source>
        <translation>Deposit not topped up and still short after the settlement of %1</translation>
    </message>
    <message>
        <source>Deposit topped up</source>
        <translation>Deposit topped up</translation>
    </message>
    <message numerus="yes">
        <source>No order for %n consecutive month(s)</source>
        <translation>
            <numerusform>No order for %n consecutive month</numerusform>
            <numerusform>No order for %n consecutive months</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor expelled</source>
        <translation>Vendor expelled</translation>
    </message>
    <message numerus="yes">
        <source>%n deduction(s) within twelve months</source>
        <translation>
            <numerusform>%n deduction within twelve months</numerusform>
            <numerusform>%n deductions within twelve months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>TaxResultFile</name>
    <message>
        <source>The line has %1 fields; expected 4 (order ID, invoice number, courier, tracking number).</source>
        <translation>The line has %1 fields; expected 4 (order ID, invoice number, courier, tracking number).</translation>
    </message>
    <message>
        <source>The order ID is empty.</source>
        <translation>The order ID is empty.</translation>
    </message>
    <message>
        <source>Give both the courier and the tracking number, or neither.</source>
        <translation>Give both the courier and the tracking number, or neither.</translation>
    </message>
    <message>
        <source>Order ID %1 is already on line %2.</source>
        <translation>Order ID %1 is already on line %2.</translation>
    </message>
    <message>
        <source>Invoice number %1 is already on line %2.</source>
        <translation>Invoice number %1 is already on line %2.</translation>
    </message>
    <message>
        <source>The file has no result lines.</source>
        <translation>The file has no result lines.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Added at</translation>
    </message>
    <message>
        <source>Each user logs in to the server as themselves; what they may do follows their roles, and vendor staff see only their own vendor.</source>
        <translation>Each user logs in to the server as themselves; what they may do follows their roles, and vendor staff see only their own vendor.</translation>
    </message>
    <message>
        <source>This is the single-user embedded database: there are no other users to add.</source>
        <translation>This is the single-user embedded database: there are no other users to add.</translation>
    </message>
    <message>
        <source>This server is not set up for a team yet: run marketdesk --init-server as the database&apos;s owner.</source>
        <translation>This server is not set up for a team yet: run marketdesk --init-server as the database&apos;s owner.</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;New role…</translation>
    </message>
    <message>
        <source>&amp;Edit role…</source>
        <translation>&amp;Edit role…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>A built-in role: its permissions are fixed.</source>
        <translation>A built-in role: its permissions are fixed.</translation>
    </message>
</context>
<context>
    <name>VendorChangesTab</name>
    <message>
        <source>Report &amp;received…</source>
        <translation>Report &amp;received…</translation>
    </message>
    <message>
        <source>The vendor reported the selected awaited change</source>
        <translation>The vendor reported the selected awaited change</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Took effect</source>
        <translation>Took effect</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No material change recorded. A vendor reports changes of its name, legal representative, address, capital, business scope or owners within %1 days.</source>
        <translation>No material change recorded. A vendor reports changes of its name, legal representative, address, capital, business scope or owners within %1 days.</translation>
    </message>
    <message>
        <source>Every change was reported.</source>
        <translation>Every change was reported.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) awaited, %1 overdue.</source>
        <translation>
            <numerusform>%n report awaited, %1 overdue.</numerusform>
            <numerusform>%n reports awaited, %1 overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Report received</translation>
    </message>
    <message>
        <source>The vendor reported it on</source>
        <translation>The vendor reported it on</translation>
    </message>
</context>
<context>
    <name>VendorDepositTab</name>
    <message>
        <source>Confirm surcharge</source>
        <translation>Confirm surcharge</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Deposit &amp;receipt PDF…</source>
        <translation>Deposit &amp;receipt PDF…</translation>
    </message>
    <message>
        <source>Receipt &amp;mailed…</source>
        <translation>Receipt &amp;mailed…</translation>
    </message>
    <message>
        <source>Surcharge of %1 for one year proposed: %2.</source>
        <translation>Surcharge of %1 for one year proposed: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Amount due %1 (the highest deposit among %n market(s)%2) · balance %3 · shortfall %4</source>
        <translation>
            <numerusform>Amount due %1 (the deposit of its %n market%2) · balance %3 · shortfall %4</numerusform>
            <numerusform>Amount due %1 (the highest deposit among %n markets%2) · balance %3 · shortfall %4</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the surcharge</source>
        <translation>, plus the surcharge</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No product can be listed until the deposit is paid in full.</source>
        <translation>No product can be listed until the deposit is paid in full.</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>Select a payment or top-up first.</source>
        <translation>Select a payment or top-up first.</translation>
    </message>
    <message>
        <source>Save deposit receipt</source>
        <translation>Save deposit receipt</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Deposit receipt %1 mailed</source>
        <translation>Deposit receipt %1 mailed</translation>
    </message>
    <message>
        <source>deposit-receipt-%1.pdf</source>
        <translation>deposit-receipt-%1.pdf</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Print receipt…</translation>
    </message>
    <message>
        <source>Top up by %1; after that the shortfall is taken from the settlement of %2, and the display is suspended if that does not cover it.</source>
        <translation>Top up by %1; after that the shortfall is taken from the settlement of %2, and the display is suspended if that does not cover it.</translation>
    </message>
    <message>
        <source>Not topped up in time: the shortfall is taken from the settlement of %1 (Record deposit…, Taken from settlement). The display is suspended at %2 unless the deposit is covered.</source>
        <translation>Not topped up in time: the shortfall is taken from the settlement of %1 (Record deposit…, Taken from settlement). The display is suspended at %2 unless the deposit is covered.</translation>
    </message>
    <message>
        <source>Still short after the settlement of %1: the display is suspended until the deposit is topped up.</source>
        <translation>Still short after the settlement of %1: the display is suspended until the deposit is topped up.</translation>
    </message>
</context>
<context>
    <name>VendorListModel</name>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>Registered location</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Joined at</translation>
    </message>
    <message>
        <source>Change report due</source>
        <translation>Change report due</translation>
    </message>
</context>
<context>
    <name>VendorService</name>
    <message>
        <source>The vendor no longer exists.</source>
        <translation>The vendor no longer exists.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you edited it (now: %2, %3, %4). Reopen it to see the current contact.</source>
        <translation>%1 was changed by someone else while you edited it (now: %2, %3, %4). Reopen it to see the current contact.</translation>
    </message>
    <message>
        <source>The vendor was changed by someone else while you edited it.</source>
        <translation>The vendor was changed by someone else while you edited it.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Look at it again.</source>
        <translation>%1 was changed by someone else. Look at it again.</translation>
    </message>
    <message>
        <source>%1 cannot make this move in its present state.</source>
        <translation>%1 cannot make this move in its present state.</translation>
    </message>
    <message>
        <source>%1 has left the marketplace; it reports no more changes.</source>
        <translation>%1 has left the marketplace; it reports no more changes.</translation>
    </message>
    <message>
        <source>This is what it was before; nothing changed.</source>
        <translation>This is what it was before; nothing changed.</translation>
    </message>
    <message>
        <source>The vendor was changed by someone else meanwhile.</source>
        <translation>The vendor was changed by someone else meanwhile.</translation>
    </message>
    <message>
        <source>The change no longer exists.</source>
        <translation>The change no longer exists.</translation>
    </message>
    <message>
        <source>The report of this change was recorded already.</source>
        <translation>The report of this change was recorded already.</translation>
    </message>
    <message>
        <source>The change was changed by someone else meanwhile.</source>
        <translation>The change was changed by someone else meanwhile.</translation>
    </message>
</context>
<context>
    <name>VendorStanding</name>
    <message>
        <source>The vendor no longer exists.</source>
        <translation>The vendor no longer exists.</translation>
    </message>
</context>
<context>
    <name>VendorStatusDialog</name>
    <message>
        <source>Standing of %1</source>
        <translation>Standing of %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 has left the marketplace; its standing no longer changes.</source>
        <translation>%1 has left the marketplace; its standing no longer changes.</translation>
    </message>
    <message>
        <source>Every product is delisted and the whole deposit balance of %1 is deducted. An expelled vendor may never apply again.</source>
        <translation>Every product is delisted and the whole deposit balance of %1 is deducted. An expelled vendor may never apply again.</translation>
    </message>
    <message>
        <source>The deposit balance of %1 is refunded once the vendor&apos;s obligations are settled; after leaving of its own accord it may apply again in one year.</source>
        <translation>The deposit balance of %1 is refunded once the vendor&apos;s obligations are settled; after leaving of its own accord it may apply again in one year.</translation>
    </message>
    <message numerus="yes">
        <source>%n service order(s) not started or not finished must be refunded in full:</source>
        <translation>
            <numerusform>%n service order not started or not finished must be refunded in full:</numerusform>
            <numerusform>%n service orders not started or not finished must be refunded in full:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2, %3): %4</source>
        <translation>• %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation>%1: %2?</translation>
    </message>
</context>
<context>
    <name>VendorViolationsTab</name>
    <message>
        <source>Confirm expulsion…</source>
        <translation>Confirm expulsion…</translation>
    </message>
    <message>
        <source>Year / type</source>
        <translation>Year / type</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Processed</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points in %2 (%3 or more): expulsion is proposed — all products delisted, the vendor expelled, the deposit deducted.</source>
        <translation>%1 points in %2 (%3 or more): expulsion is proposed — all products delisted, the vendor expelled, the deposit deducted.</translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Edit contact…</translation>
    </message>
    <message>
        <source>Edit the contact person, phone and e-mail (Ctrl+E)</source>
        <translation>Edit the contact person, phone and e-mail (Ctrl+E)</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>The vendor could not be read: %1</source>
        <translation>The vendor could not be read: %1</translation>
    </message>
    <message>
        <source>This vendor no longer exists.</source>
        <translation>This vendor no longer exists.</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>Registered location</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Joined at</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Deposit due</source>
        <translation>Deposit due</translation>
    </message>
    <message>
        <source>Deposit balance</source>
        <translation>Deposit balance</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Database error</translation>
    </message>
    <message>
        <source>Record deposit…</source>
        <translation>Record deposit…</translation>
    </message>
    <message>
        <source>Payment, top-up, deduction or refund of the deposit (Ctrl+D)</source>
        <translation>Payment, top-up, deduction or refund of the deposit (Ctrl+D)</translation>
    </message>
    <message>
        <source>Record violation…</source>
        <translation>Record violation…</translation>
    </message>
    <message>
        <source>Record a violation and its points (Ctrl+G)</source>
        <translation>Record a violation and its points (Ctrl+G)</translation>
    </message>
    <message>
        <source>Change standing…</source>
        <translation>Change standing…</translation>
    </message>
    <message>
        <source>Suspend, restore, exit or expel (Ctrl+T)</source>
        <translation>Suspend, restore, exit or expel (Ctrl+T)</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Violation points this year</source>
        <translation>Violation points this year</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Left at</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Record change…</source>
        <translation>Record change…</translation>
    </message>
    <message>
        <source>A change of name, legal representative, address, capital, scope or owners (Ctrl+M)</source>
        <translation>A change of name, legal representative, address, capital, scope or owners (Ctrl+M)</translation>
    </message>
    <message>
        <source>Change reports awaited</source>
        <translation>Change reports awaited</translation>
    </message>
    <message numerus="yes">
        <source>%n awaited, %1 overdue</source>
        <translation>
            <numerusform>%n awaited, %1 overdue</numerusform>
            <numerusform>%n awaited, %1 overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Material changes</source>
        <translation>Material changes</translation>
    </message>
    <message>
        <source>No vendors yet. A vendor is created when its application is approved on the Applications page.</source>
        <translation>No vendors yet. A vendor is created when its application is approved on the Applications page.</translation>
    </message>
    <message>
        <source>Search company, credit code, contact or phone</source>
        <translation>Search company, credit code, contact or phone</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <source>Record a violation of %1</source>
        <translation>Record a violation of %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n point(s))</source>
        <translation>
            <numerusform>%1 (%n point)</numerusform>
            <numerusform>%1 (%n points)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Attach evidence…</source>
        <translation>&amp;Attach evidence…</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Occurred on</source>
        <translation>&amp;Occurred on</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Occurred on</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>The points count in %1: the vendor&apos;s total becomes %2.</source>
        <translation>The points count in %1: the vendor&apos;s total becomes %2.</translation>
    </message>
    <message>
        <source>That reaches %1 points: expulsion will be proposed.</source>
        <translation>That reaches %1 points: expulsion will be proposed.</translation>
    </message>
</context>
<context>
    <name>ViolationService</name>
    <message>
        <source>%1 has left the marketplace; no violation is recorded.</source>
        <translation>%1 has left the marketplace; no violation is recorded.</translation>
    </message>
    <message>
        <source>This violation type is no longer in use.</source>
        <translation>This violation type is no longer in use.</translation>
    </message>
</context>
<context>
    <name>WorkflowSteps</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (paused at %2 by a refund request)</source>
        <translation>%1 (paused at %2 by a refund request)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>Taxpayer ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Why issuing failed</source>
        <translation>Why issuing failed</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Return reason</translation>
    </message>
    <message>
        <source>Why the return was declined</source>
        <translation>Why the return was declined</translation>
    </message>
    <message>
        <source>Red-letter confirmation number</source>
        <translation>Red-letter confirmation number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Requirement confirmed by the vendor</source>
        <translation>Requirement confirmed by the vendor</translation>
    </message>
    <message>
        <source>Marketplace intervention requested</source>
        <translation>Marketplace intervention requested</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Why the refund was declined</source>
        <translation>Why the refund was declined</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>Party A</translation>
    </message>
    <message>
        <source>Paper copies</source>
        <translation>Paper copies</translation>
    </message>
    <message>
        <source>Paper copies to</source>
        <translation>Paper copies to</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Checklist conditions not ticked</source>
        <translation>Checklist conditions not ticked</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <source>Why unticked conditions were overridden</source>
        <translation>Why unticked conditions were overridden</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why it left</source>
        <translation>Why it left</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The holiday file is not valid JSON: %1 at byte %2.</source>
        <translation>The holiday file is not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>The holiday file has no &quot;years&quot; section.</source>
        <translation>The holiday file has no &quot;years&quot; section.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; is not a year.</translation>
    </message>
    <message>
        <source>Year %1: the entry &quot;%2&quot; needs a date in that year and an &quot;off&quot; flag.</source>
        <translation>Year %1: the entry &quot;%2&quot; needs a date in that year and an &quot;off&quot; flag.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MarketDesk</source>
        <translation>MarketDesk</translation>
    </message>
    <message>
        <source>Writing demo data: %1 of %2 rows (%3%)</source>
        <translation>Writing demo data: %1 of %2 rows (%3%)</translation>
    </message>
    <message>
        <source>Demo data for scale %1 written in %2 s.</source>
        <translation>Demo data for scale %1 written in %2 s.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Cannot write the screenshot %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Run marketdesk --help to see every option.</source>
        <translation>Run marketdesk --help to see every option.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>AccessKey ID: </source>
        <translation>AccessKey ID: </translation>
    </message>
    <message>
        <source>AccessKey secret: </source>
        <translation>AccessKey secret: </translation>
    </message>
    <message>
        <source>No marketplace is connected: enter the AccessKey in Settings, or set MARKETDESK_ACCESS_KEY_ID and MARKETDESK_ACCESS_KEY_SECRET. Nothing to sync.</source>
        <translation>No marketplace is connected: enter the AccessKey in Settings, or set MARKETDESK_ACCESS_KEY_ID and MARKETDESK_ACCESS_KEY_SECRET. Nothing to sync.</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>Password for the new user: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>The two passwords differ; no user was added.</source>
        <translation>The two passwords differ; no user was added.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already known, left out</source>
        <translation>
            <numerusform>%n line already known, left out</numerusform>
            <numerusform>%n lines already known, left out</numerusform>
        </translation>
    </message>
</context>
</TS>
