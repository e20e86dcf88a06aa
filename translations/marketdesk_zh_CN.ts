<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ColumnFilter</name>
    <message>
        <source>Type a date as 2026, 2026-11 or 2026-11-23, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 2026-01..2026-03.</source>
        <translation>请输入日期，如 2026、2026-11 或 2026-11-23，可在前面加 &lt;、&lt;=、&gt;、&gt;=，或写成区间 2026-01..2026-03。</translation>
    </message>
    <message>
        <source>Type an amount such as 50 or 1,234.50, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</source>
        <translation>请输入金额，如 50 或 1,234.50，可在前面加 &lt;、&lt;=、&gt;、&gt;=，或写成区间 10..50。</translation>
    </message>
    <message>
        <source>Type a whole number, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</source>
        <translation>请输入整数，可在前面加 &lt;、&lt;=、&gt;、&gt;=，或写成区间 10..50。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>MarketDesk: the back office of a cloud marketplace.</source>
        <translation>MarketDesk：云市场的后台工作台。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Use this database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME. Default: MARKETDESK_DATABASE, else the saved setting, else the embedded SQLite file in the data folder.</source>
        <translation>使用此数据库：sqlite:路径 或 postgresql://用户@主机:端口/库名。默认依次为：MARKETDESK_DATABASE、已保存的设置、数据文件夹中的内置 SQLite 文件。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Fill the (empty) database with a demo data set of N orders and invoice requests, then exit.</source>
        <translation>向（空）数据库写入含 N 个订单和 N 个发票申请的演示数据，然后退出。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>打开此页面：%1。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Render the main window to this PNG file and exit.</source>
        <translation>将主窗口截图保存为此 PNG 文件并退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>--demo-data needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--demo-data 需要不小于 1 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;. Pages: %2.</source>
        <translation>没有名为“%1”的页面。可用页面：%2。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not &quot;%1&quot;.</source>
        <translation>--lang 只接受 zh_CN 或 en，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主机(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Database &amp;name</source>
        <translation>数据库名(&amp;N)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Taken from PGPASSWORD or ~/.pgpass, or asked for when needed; never stored by MarketDesk.</source>
        <translation>从 PGPASSWORD 或 ~/.pgpass 读取，必要时询问；MarketDesk 从不保存密码。</translation>
    </message>
    <message>
        <source>Embedded SQLite file</source>
        <translation>内置 SQLite 文件</translation>
    </message>
    <message>
        <source>PostgreSQL server (team)</source>
        <translation>PostgreSQL 服务器（团队）</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>请填写所有字段。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Connected. The database is empty; MarketDesk will set it up.</source>
        <translation>已连接。数据库为空，MarketDesk 将完成初始化。</translation>
    </message>
    <message>
        <source>Connected. Schema version %1.</source>
        <translation>已连接。结构版本 %1。</translation>
    </message>
    <message>
        <source>Connected, but the schema could not be read: %1</source>
        <translation>已连接，但无法读取数据库结构：%1</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>无法打开 SQLite 数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Connection to %1 cancelled.</source>
        <translation>已取消连接 %1。</translation>
    </message>
    <message>
        <source>Cannot configure the SQLite database: %1</source>
        <translation>无法配置 SQLite 数据库：%1</translation>
    </message>
    <message>
        <source>Cannot configure the PostgreSQL session: %1</source>
        <translation>无法配置 PostgreSQL 会话：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocator</name>
    <message>
        <source>the --database option</source>
        <translation>--database 选项</translation>
    </message>
    <message>
        <source>the MARKETDESK_DATABASE variable</source>
        <translation>MARKETDESK_DATABASE 环境变量</translation>
    </message>
    <message>
        <source>the saved settings</source>
        <translation>已保存的设置</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自%2）</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The SQLite URL names no file: write sqlite:/path/to/marketdesk.db.</source>
        <translation>SQLite URL 未指定文件：请写成 sqlite:/path/to/marketdesk.db。</translation>
    </message>
    <message>
        <source>Do not put the password in the database URL: set PGPASSWORD, use ~/.pgpass, or type it when MarketDesk asks.</source>
        <translation>请勿在数据库 URL 中写密码：请设置 PGPASSWORD、使用 ~/.pgpass，或在 MarketDesk 询问时输入。</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>端口 %1 不在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL. Use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>“%1”不是数据库 URL。请使用 sqlite:路径 或 postgresql://用户@主机:端口/库名。</translation>
    </message>
</context>
<context>
    <name>DemoDataWriter</name>
    <message>
        <source>The demo data scale must be a whole number of 1 or more.</source>
        <translation>演示数据规模必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>The database already holds vendors or orders; demo data goes into an empty database only.</source>
        <translation>数据库中已有服务商或订单；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>Writing the demo data failed; nothing was kept.
%1</source>
        <translation>写入演示数据失败，未保留任何数据。
%1</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停展示</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>已清退</translation>
    </message>
    <message>
        <source>Software vendor</source>
        <translation>软件服务商</translation>
    </message>
    <message>
        <source>Website-building vendor</source>
        <translation>建站服务商</translation>
    </message>
    <message>
        <source>Service vendor</source>
        <translation>服务服务商</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>新购</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Change of spec</source>
        <translation>变配</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Refunding</source>
        <translation>退款中</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Application (SaaS)</source>
        <translation>应用软件</translation>
    </message>
    <message>
        <source>Manual service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>DingTalk plugin</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>Requirement pending</source>
        <translation>需求待提交</translation>
    </message>
    <message>
        <source>Awaiting vendor confirmation</source>
        <translation>服务商确认需求</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>服务商实施需求</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>邮寄中</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已邮寄</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation>开票失败</translation>
    </message>
    <message>
        <source>Return pending</source>
        <translation>退票待处理</translation>
    </message>
    <message>
        <source>Awaiting red-letter number</source>
        <translation>红字待发起</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>退票中</translation>
    </message>
    <message>
        <source>Return declined</source>
        <translation>退票驳回</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>VAT normal invoice</source>
        <translation>增值税普通发票</translation>
    </message>
    <message>
        <source>VAT special invoice</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>电子</translation>
    </message>
    <message>
        <source>Fully digitalised e-invoice</source>
        <translation>数电发票</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>EditVendorContactDialog</name>
    <message>
        <source>Edit vendor contact</source>
        <translation>编辑服务商联系人</translation>
    </message>
    <message>
        <source>Contact &amp;person *</source>
        <translation>联系人(&amp;P) *</translation>
    </message>
    <message>
        <source>P&amp;hone *</source>
        <translation>联系电话(&amp;H) *</translation>
    </message>
    <message>
        <source>13812345678 or 010-12345678</source>
        <translation>13812345678 或 010-12345678</translation>
    </message>
    <message>
        <source>&amp;E-mail *</source>
        <translation>联系邮箱(&amp;E) *</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>无法保存修改。

%1</translation>
    </message>
</context>
<context>
    <name>FieldValidators</name>
    <message>
        <source>Enter a mobile number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.</source>
        <translation>手机号码为 11 位，以 13 至 19 开头，例如 13812345678。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入联系电话。</translation>
    </message>
    <message>
        <source>Enter a mobile number (13812345678) or a landline with its area code (010-12345678).</source>
        <translation>请输入手机号码（13812345678）或带区号的固定电话（010-12345678）。</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>请输入电子邮箱。</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>请输入有效的电子邮箱，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message numerus="yes">
        <source>The unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>统一社会信用代码为 18 位；当前为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a unified social credit code (the letters I, O, Z, S and V are never used).</source>
        <translation>统一社会信用代码中不能出现“%1”（不使用字母 I、O、Z、S、V）。</translation>
    </message>
    <message>
        <source>The check character does not match: a code starting %1 ends with %2. Check for a typing error.</source>
        <translation>校验码不符：以 %1 开头的代码应以 %2 结尾。请检查是否输入有误。</translation>
    </message>
    <message>
        <source>Enter a postcode.</source>
        <translation>请输入邮政编码。</translation>
    </message>
    <message>
        <source>A postcode has six digits, e.g. 100000.</source>
        <translation>邮政编码为 6 位数字，例如 100000。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters, please.</source>
        <translation>
            <numerusform>最多 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>HolidaySeeder</name>
    <message>
        <source>The built-in holiday schedule is missing.</source>
        <translation>缺少内置的节假日安排。</translation>
    </message>
    <message>
        <source>No holiday schedule for %1: deadlines count weekends only. Import it in Settings.</source>
        <translation>没有 %1 年的节假日安排：期限只扣除周末。请在“设置”中导入。</translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>The schedule names no year.</source>
        <translation>节假日安排中没有年份。</translation>
    </message>
    <message>
        <source>The day %1 is not in the years being imported.</source>
        <translation>日期 %1 不在导入的年份中。</translation>
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
        <translation>服务商</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The migration file %1 is misnamed or unreadable.</source>
        <translation>迁移文件 %1 命名错误或无法读取。</translation>
    </message>
    <message>
        <source>The migration file %1 has no &quot;-- min_compatible: N&quot; line.</source>
        <translation>迁移文件 %1 缺少“-- min_compatible: N”行。</translation>
    </message>
    <message>
        <source>Two migration files carry the number %1.</source>
        <translation>有两个迁移文件的编号都是 %1。</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer MarketDesk (schema %1, needs an app that knows schema %2 or later); this MarketDesk knows schema %3 only. Install the newer version to open it.</source>
        <translation>此数据库已由更新版本的 MarketDesk 升级（结构版本 %1，需要支持结构版本 %2 及以上的程序）；当前 MarketDesk 只支持到结构版本 %3。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Upgrading the database failed; it was left at schema %1.
%2</source>
        <translation>数据库升级失败，数据库仍保持结构版本 %1。
%2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: it has more than one decimal point.</source>
        <translation>“%1”不是有效金额：包含多个小数点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; amounts are kept to the fen.</source>
        <translation>“%1”的小数超过两位；金额精确到分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a misplaced thousands separator.</source>
        <translation>“%1”的千位分隔符位置不正确。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits, a decimal point and thousands separators.</source>
        <translation>“%1”不是有效金额：请只使用数字、小数点和千位分隔符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>“%1”金额过大。</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>订单类型</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>The order could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <source>This order no longer exists.</source>
        <translation>此订单已不存在。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Delivery type</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>订单类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Vouchers and coupons</source>
        <translation>代金券和优惠券</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <source>Invoice requests</source>
        <translation>发票申请</translation>
    </message>
    <message>
        <source>Service delivery</source>
        <translation>服务交付</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation>选择一行以查看详情。</translation>
    </message>
    <message>
        <source>Filter the first column</source>
        <translation>筛选第一列</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>The list could not be read.

%1</source>
        <translation>无法读取列表。

%1</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows</source>
        <translation>已显示 %1 行，共 %2 行</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>%1
(from %2)</source>
        <translation>%1
（来自%2）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <source>&amp;Change connection…</source>
        <translation>更改连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>界面语言(&amp;I)</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>新语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Published years</source>
        <translation>已发布年份</translation>
    </message>
    <message>
        <source>&amp;Import holiday schedule…</source>
        <translation>导入节假日安排(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a year when the State Council publishes its holidays and make-up working days.</source>
        <translation>国务院公布新一年的节假日和调休安排后，在此添加。</translation>
    </message>
    <message>
        <source>Database connection saved</source>
        <translation>数据库连接已保存</translation>
    </message>
    <message>
        <source>MarketDesk will use %1 from the next start.</source>
        <translation>MarketDesk 将在下次启动时使用 %1。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No schedule for %1: deadlines count weekends only.</source>
        <translation>没有 %1 年的安排：期限只扣除周末。</translation>
    </message>
    <message>
        <source>Holiday schedule</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未导入任何内容。

%1</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no setting named %1.</source>
        <translation>没有名为 %1 的设置项。</translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more.</source>
        <translation>请输入不小于 0 的整数。</translation>
    </message>
    <message>
        <source>The setting %1 was changed by someone else to %2.</source>
        <translation>设置项 %1 已被他人改为 %2。</translation>
    </message>
    <message>
        <source>The setting %1 was changed by someone else.</source>
        <translation>设置项 %1 已被他人修改。</translation>
    </message>
</context>
<context>
    <name>VendorListModel</name>
    <message>
        <source>Company name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>企业注册所在地</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>入驻时间</translation>
    </message>
</context>
<context>
    <name>VendorService</name>
    <message>
        <source>The vendor no longer exists.</source>
        <translation>该服务商已不存在。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you edited it (now: %2, %3, %4). Reopen it to see the current contact.</source>
        <translation>您编辑期间，%1 已被他人修改（当前：%2，%3，%4）。请重新打开以查看最新联系人。</translation>
    </message>
    <message>
        <source>The vendor was changed by someone else while you edited it.</source>
        <translation>您编辑期间，该服务商已被他人修改。</translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>编辑联系人(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the contact person, phone and e-mail (Ctrl+E)</source>
        <translation>编辑联系人、联系电话和联系邮箱（Ctrl+E）</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>The vendor could not be read: %1</source>
        <translation>无法读取服务商：%1</translation>
    </message>
    <message>
        <source>This vendor no longer exists.</source>
        <translation>该服务商已不存在。</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>企业注册所在地</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>入驻时间</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>所在市场</translation>
    </message>
    <message>
        <source>Deposit due</source>
        <translation>应缴保证金</translation>
    </message>
    <message>
        <source>Deposit balance</source>
        <translation>保证金余额</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>待补足</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The holiday file is not valid JSON: %1 at byte %2.</source>
        <translation>节假日文件不是有效的 JSON：第 %2 字节处 %1。</translation>
    </message>
    <message>
        <source>The holiday file has no &quot;years&quot; section.</source>
        <translation>节假日文件缺少“years”部分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
    <message>
        <source>Year %1: the entry &quot;%2&quot; needs a date in that year and an &quot;off&quot; flag.</source>
        <translation>%1 年：条目“%2”需要该年内的日期和“off”标记。</translation>
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
        <translation>正在写入演示数据：%1 / %2 行（%3%）</translation>
    </message>
    <message>
        <source>Demo data for scale %1 written in %2 s.</source>
        <translation>规模为 %1 的演示数据已写入，用时 %2 秒。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>无法写入截图 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Run marketdesk --help to see every option.</source>
        <translation>运行 marketdesk --help 查看所有选项。</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>%2 上 %1 的密码：</translation>
    </message>
    <message>
        <source>The %1 page is not available in this version of MarketDesk.</source>
        <translation>此版本的 MarketDesk 尚未提供 %1 页面。</translation>
    </message>
</context>
</TS>
