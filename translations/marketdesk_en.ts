<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ColumnFilter</name>
    <message>
        <source>Type a date as 2026, 2026-11 or 2026-11-23, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 2026-01..2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount such as 50 or 1,234.50, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>MarketDesk: the back office of a cloud marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME. Default: MARKETDESK_DATABASE, else the saved setting, else the embedded SQLite file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the (empty) database with a demo data set of N orders and invoice requests, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to this PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-data needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;. Pages: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from PGPASSWORD or ~/.pgpass, or asked for when needed; never stored by MarketDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server (team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is empty; MarketDesk will set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the schema could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the PostgreSQL session: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocator</name>
    <message>
        <source>the --database option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MARKETDESK_DATABASE variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The SQLite URL names no file: write sqlite:/path/to/marketdesk.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the database URL: set PGPASSWORD, use ~/.pgpass, or type it when MarketDesk asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL. Use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataWriter</name>
    <message>
        <source>The demo data scale must be a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds vendors or orders; demo data goes into an empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo data failed; nothing was kept.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website-building vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (SaaS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting vendor confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
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
        <source>Issuing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting red-letter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT normal invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT special invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully digitalised e-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditVendorContactDialog</name>
    <message>
        <source>Edit vendor contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13812345678 or 010-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValidators</name>
    <message>
        <source>Enter a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mobile number (13812345678) or a landline with its area code (010-12345678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The unified social credit code has 18 characters; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a unified social credit code (the letters I, O, Z, S and V are never used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character does not match: a code starting %1 ends with %2. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode has six digits, e.g. 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters, please.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaySeeder</name>
    <message>
        <source>The built-in holiday schedule is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday schedule for %1: deadlines count weekends only. Import it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>The schedule names no year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 is not in the years being imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MarketDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The migration file %1 is misnamed or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration file %1 has no &quot;-- min_compatible: N&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two migration files carry the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was upgraded by a newer MarketDesk (schema %1, needs an app that knows schema %2 or later); this MarketDesk knows schema %3 only. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed; it was left at schema %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: it has more than one decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; amounts are kept to the fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a misplaced thousands separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits, a decimal point and thousands separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>The order could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers and coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the first column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import holiday schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a year when the State Council publishes its holidays and make-up working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MarketDesk will use %1 from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule for %1: deadlines count weekends only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no setting named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 was changed by someone else to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorListModel</name>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorService</name>
    <message>
        <source>The vendor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you edited it (now: %2, %3, %4). Reopen it to see the current contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor was changed by someone else while you edited it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the contact person, phone and e-mail (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vendor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The holiday file is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday file has no &quot;years&quot; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1: the entry &quot;%2&quot; needs a date in that year and an &quot;off&quot; flag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MarketDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data: %1 of %2 rows (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data for scale %1 written in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run marketdesk --help to see every option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 page is not available in this version of MarketDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
