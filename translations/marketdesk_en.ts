<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ColumnFilter</name>
    <message>
        <source>Type a date as 2026, 2026-11 or 2026-11-23, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 2026-01..2026-03.</source>
        <translation>Type a date as 2026, 2026-11 or 2026-11-23, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 2026-01..2026-03.</translation>
    </message>
    <message>
        <source>Type an amount such as 50 or 1,234.50, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</source>
        <translation>Type an amount such as 50 or 1,234.50, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</translation>
    </message>
    <message>
        <source>Type a whole number, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</source>
        <translation>Type a whole number, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</translation>
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
</context>
<context>
    <name>FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
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
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows</source>
        <translation>Showing %1 of %2 rows</translation>
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
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no setting named %1.</source>
        <translation>There is no setting named %1.</translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more.</source>
        <translation>Enter a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>The setting %1 was changed by someone else to %2.</source>
        <translation>The setting %1 was changed by someone else to %2.</translation>
    </message>
    <message>
        <source>The setting %1 was changed by someone else.</source>
        <translation>The setting %1 was changed by someone else.</translation>
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
        <source>Password for %1 on %2:</source>
        <translation>Password for %1 on %2:</translation>
    </message>
    <message>
        <source>The %1 page is not available in this version of MarketDesk.</source>
        <translation>The %1 page is not available in this version of MarketDesk.</translation>
    </message>
</context>
</TS>
