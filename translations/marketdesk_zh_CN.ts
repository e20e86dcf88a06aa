<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>e.g. wang_fang: lower-case letters, digits, _</source>
        <translation>例如 wang_fang：小写字母、数字、下划线</translation>
    </message>
    <message>
        <source>None (marketplace staff)</source>
        <translation>无（云市场员工）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>服务商(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AlibabaInvoicePage</name>
    <message>
        <source>(no ID)</source>
        <translation>（无 ID）</translation>
    </message>
    <message>
        <source>Request %1: the Id is missing.</source>
        <translation>申请 %1：缺少 Id。</translation>
    </message>
    <message>
        <source>Request %1: unknown Status &quot;%2&quot;.</source>
        <translation>申请 %1：未知的 Status“%2”。</translation>
    </message>
    <message>
        <source>Request %1: the Price &quot;%2&quot; is not an amount.</source>
        <translation>申请 %1：Price“%2”不是金额。</translation>
    </message>
    <message>
        <source>Request %1: the CreateTimeStr &quot;%2&quot; is not a time.</source>
        <translation>申请 %1：CreateTimeStr“%2”不是时间。</translation>
    </message>
    <message>
        <source>Request %1: the EvaluateList names no order.</source>
        <translation>申请 %1：EvaluateList 中没有订单。</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Application of %1</source>
        <translation>%1 的入驻申请</translation>
    </message>
    <message>
        <source>New partner application</source>
        <translation>新的合作伙伴申请</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>企业名称(&amp;N)</translation>
    </message>
    <message>
        <source>Entity &amp;type</source>
        <translation>主体类型(&amp;T)</translation>
    </message>
    <message>
        <source>Credit c&amp;ode</source>
        <translation>统一社会信用代码(&amp;O)</translation>
    </message>
    <message>
        <source>Product cate&amp;gory</source>
        <translation>产品类别(&amp;G)</translation>
    </message>
    <message>
        <source>— province —</source>
        <translation>— 省份 —</translation>
    </message>
    <message>
        <source>Registered &amp;location</source>
        <translation>企业注册所在地(&amp;L)</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>企业注册所在地</translation>
    </message>
    <message>
        <source>Main business and strengths</source>
        <translation>主营业务及相关优势</translation>
    </message>
    <message>
        <source>Main &amp;business</source>
        <translation>主营业务(&amp;B)</translation>
    </message>
    <message>
        <source>Main business</source>
        <translation>主营业务</translation>
    </message>
    <message>
        <source>Contact and service</source>
        <translation>联系与服务</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>联系电话(&amp;H)</translation>
    </message>
    <message>
        <source>13812345678 or 010-12345678</source>
        <translation>13812345678 或 010-12345678</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>联系邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>Service &amp;staff</source>
        <translation>服务人员(&amp;S)</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Service &amp;hours</source>
        <translation>服务时间(&amp;H)</translation>
    </message>
    <message>
        <source>5×8 or 7×24</source>
        <translation>5×8 或 7×24</translation>
    </message>
    <message>
        <source>&amp;Warranty period</source>
        <translation>质保期(&amp;W)</translation>
    </message>
    <message>
        <source>%1 (deposit %2)</source>
        <translation>%1（保证金 %2）</translation>
    </message>
    <message>
        <source>&amp;Markets</source>
        <translation>入驻类目(&amp;M)</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>入驻类目</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>I accept the 《服务商入驻协议》 (vendor entry agreement)</source>
        <translation>我已阅读并同意《服务商入驻协议》</translation>
    </message>
    <message>
        <source>I accept the 《服务商管理规范》 (vendor management rules)</source>
        <translation>我已阅读并同意《服务商管理规范》</translation>
    </message>
    <message>
        <source>I accept the 《平台协议》 (platform agreement)</source>
        <translation>我已阅读并同意《平台协议》</translation>
    </message>
    <message>
        <source>Qualification material</source>
        <translation>资质材料</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>%1: %2 (kept)</source>
        <translation>%1：%2（已保存）</translation>
    </message>
    <message>
        <source>— city —</source>
        <translation>— 城市 —</translation>
    </message>
    <message>
        <source>Attach qualification material</source>
        <translation>添加资质材料</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.ofd);;All files (*)</source>
        <translation>扫描件与文档 (*.pdf *.jpg *.jpeg *.png *.ofd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: %2 (new)</source>
        <translation>%1：%2（新）</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <source>An application typed at %1 was never saved.</source>
        <translation>%1 录入的一份入驻申请尚未保存。</translation>
    </message>
</context>
<context>
    <name>ApplicationListModel</name>
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
        <source>Category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>企业注册所在地</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
</context>
<context>
    <name>ApplicationReviewDialog</name>
    <message>
        <source>Reason: why it is rejected, or why unticked items are overridden when approving</source>
        <translation>原因：驳回的理由，或通过时未勾选项的放行理由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>开始审核(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a file</source>
        <translation>双击或按回车打开文件</translation>
    </message>
    <message>
        <source>Qualification material</source>
        <translation>资质材料</translation>
    </message>
    <message>
        <source>Entry checklist: tick each condition that is met (Space), note what you checked (F2)</source>
        <translation>入驻条件核查：勾选已满足的条件（空格），并记录核查情况（F2）</translation>
    </message>
    <message>
        <source>The application could not be read: %1</source>
        <translation>无法读取该申请：%1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 KB)</source>
        <translation>%1：%2（%3 KB）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3&lt;br&gt;Credit code %4 · %5 %6&lt;br&gt;Contact %7, %8, %9&lt;br&gt;Markets: %10&lt;br&gt;Service staff %11 · hours %12 · warranty %13&lt;br&gt;Main business: %14</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2，%3&lt;br&gt;统一社会信用代码 %4 · %5 %6&lt;br&gt;联系人 %7，%8，%9&lt;br&gt;入驻类目：%10&lt;br&gt;服务人员 %11 · 服务时间 %12 · 质保期 %13&lt;br&gt;主营业务：%14</translation>
    </message>
    <message>
        <source>Rejected before: %1</source>
        <translation>上次驳回原因：%1</translation>
    </message>
    <message>
        <source>Every condition is ticked.</source>
        <translation>所有条件均已勾选。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 condition(s) not ticked yet.</source>
        <translation>
            <numerusform>%1 项条件中尚有 %n 项未勾选。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>The application no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <source>The application of %1 was changed by someone else. Reopen it.</source>
        <translation>%1 的申请已被他人修改，请重新打开。</translation>
    </message>
    <message>
        <source>The application is under review or decided; the applicant&apos;s fields can no longer be changed.</source>
        <translation>该申请正在审核或已有结论，申请内容不能再修改。</translation>
    </message>
    <message>
        <source>The application was changed by someone else. Reopen it.</source>
        <translation>该申请已被他人修改，请重新打开。</translation>
    </message>
    <message>
        <source>Checklist items are ticked while the application is under review.</source>
        <translation>只有审核中的申请才能勾选核查项。</translation>
    </message>
    <message>
        <source>The application of %1 was changed by someone else. Look at it again.</source>
        <translation>%1 的申请已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>The application of %1 has moved on meanwhile; look at it again.</source>
        <translation>%1 的申请状态已变化，请重新查看。</translation>
    </message>
    <message>
        <source>The application was changed by someone else. Look at it again.</source>
        <translation>该申请已被他人修改，请重新查看。</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Search company, credit code, contact or phone</source>
        <translation>搜索企业名称、信用代码、联系人或电话</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <source>Edit / resubmit…</source>
        <translation>编辑 / 重新提交…</translation>
    </message>
    <message>
        <source>Resume a draft or correct a rejected application (Ctrl+E)</source>
        <translation>继续填写草稿，或修改被驳回的申请（Ctrl+E）</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>Open the checklist and decide (Ctrl+R, or Enter on a row)</source>
        <translation>打开核查清单并作出审核结论（Ctrl+R，或在行上按回车）</translation>
    </message>
    <message>
        <source>The application could not be read: %1</source>
        <translation>无法读取该申请：%1</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Registered location</source>
        <translation>企业注册所在地</translation>
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
        <source>Markets</source>
        <translation>入驻类目</translation>
    </message>
    <message>
        <source>Service staff, hours, warranty</source>
        <translation>服务人员、时间、质保期</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>All three accepted</source>
        <translation>三项协议均已同意</translation>
    </message>
    <message>
        <source>Not all accepted</source>
        <translation>协议未全部同意</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>None attached</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>核查清单</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>已勾选 %1 / %2</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>放行理由</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审核结论</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>No applications yet. Type one in with New application….</source>
        <translation>还没有入驻申请。可用“新建申请…”录入一份。</translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Switched to normal invoice</source>
        <translation>改开普票</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入驻</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>修改联系方式</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>更名</translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation>保证金：%1</translation>
    </message>
    <message>
        <source>Deposit receipt mailed</source>
        <translation>保证金收据已邮寄</translation>
    </message>
    <message>
        <source>Surcharge proposed</source>
        <translation>提出加收保证金</translation>
    </message>
    <message>
        <source>Surcharge confirmed</source>
        <translation>确认加收保证金</translation>
    </message>
    <message>
        <source>Surcharge declined</source>
        <translation>不加收保证金</translation>
    </message>
    <message>
        <source>Violation recorded</source>
        <translation>登记违规</translation>
    </message>
    <message>
        <source>Material change recorded</source>
        <translation>登记重大变更</translation>
    </message>
    <message>
        <source>Material change reported</source>
        <translation>重大变更已报备</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why it left</source>
        <translation>退出原因</translation>
    </message>
    <message>
        <source>For a deposit shortfall</source>
        <translation>因保证金不足</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Counted in year</source>
        <translation>计入年度</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报备日期</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据编号</translation>
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
        <source>Request number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>Buyer&apos;s consent</source>
        <translation>买家同意</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>开具方式</translation>
    </message>
    <message>
        <source>Title kind</source>
        <translation>抬头类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Registered phone</source>
        <translation>注册电话</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Statement period</source>
        <translation>账单周期</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Issue by</source>
        <translation>开票截止</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一截止时间</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票编号</translation>
    </message>
    <message>
        <source>Invoiced at</source>
        <translation>开票时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>到付</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递编号</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>开票失败原因</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>退票原因</translation>
    </message>
    <message>
        <source>Return explanation</source>
        <translation>退票说明</translation>
    </message>
    <message>
        <source>Booked by the buyer</source>
        <translation>买家已抵扣/入账</translation>
    </message>
    <message>
        <source>Return requested at</source>
        <translation>申请退票时间</translation>
    </message>
    <message>
        <source>Return courier</source>
        <translation>退回物流公司</translation>
    </message>
    <message>
        <source>Return tracking number</source>
        <translation>退回快递编号</translation>
    </message>
    <message>
        <source>Red-letter confirmation number</source>
        <translation>红字确认单号</translation>
    </message>
    <message>
        <source>Red-letter form lapses at</source>
        <translation>红字确认单失效时间</translation>
    </message>
    <message>
        <source>Why the return was declined</source>
        <translation>退票驳回原因</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>代为操作</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>无截止</translation>
    </message>
    <message>
        <source>the buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>MarketDesk, by the rules</source>
        <translation>MarketDesk（按规则）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message numerus="yes">
        <source>Issue %n requests</source>
        <translation>
            <numerusform>开具 %n 张发票</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the tax software&apos;s results</source>
        <translation>导入税控软件开票结果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单ID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>发票金额</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票编号</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递编号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>e.g. 04471235</source>
        <translation>例如 04471235</translation>
    </message>
    <message>
        <source>&amp;First invoice number</source>
        <translation>起始发票编号(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Courier for all</source>
        <translation>统一物流公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Issue all</source>
        <translation>全部开具(&amp;I)</translation>
    </message>
    <message>
        <source>The order was refunded: mark the request refunded instead.</source>
        <translation>订单已退款：请将申请标记为已退款。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可开具</translation>
    </message>
    <message numerus="yes">
        <source>All %n lines are ready. Issuing applies all of them or none.</source>
        <translation>
            <numerusform>全部 %n 行均可开具。开具时要么全部成功，要么全部不生效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines have a problem: nothing can be issued until every line is ready.</source>
        <translation>
            <numerusform>%n 行有问题：所有行都没问题之前不会开具任何发票。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was issued</source>
        <translation>未开具任何发票</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>Invoice file</source>
        <translation>发票文件</translation>
    </message>
    <message>
        <source>Choose the folder with the invoice files…</source>
        <translation>选择发票文件所在的文件夹…</translation>
    </message>
    <message>
        <source>Each electronic invoice&apos;s file is the PDF, OFD or XML file whose name contains its invoice number, or else its order ID.</source>
        <translation>每张电子发票的文件是文件名含其发票号（否则含其订单号）的 PDF、OFD 或 XML 文件。</translation>
    </message>
    <message>
        <source>Invoice fi&amp;les</source>
        <translation>发票文件(&amp;L)</translation>
    </message>
    <message>
        <source>Folder with the invoice files</source>
        <translation>发票文件所在文件夹</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 超过 20 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Choose the folder with the invoice files.</source>
        <translation>请选择发票文件所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 is matched to more than one request.</source>
        <translation>%1 同时对应了多个申请。</translation>
    </message>
    <message>
        <source>Read the courier&apos;s list of parcels…</source>
        <translation>读取快递运单清单…</translation>
    </message>
    <message>
        <source>The CSV the courier&apos;s system exports after booking: each paper request takes the parcel whose reference is its order ID, or else the parcel sent to its recipient&apos;s phone.</source>
        <translation>快递公司系统下单后导出的 CSV：每张纸质申请取参考号（客户订单号）为其订单 ID 的包裹，否则取寄往其收件人电话的包裹。</translation>
    </message>
    <message>
        <source>Trac&amp;king numbers</source>
        <translation>快递编号(&amp;K)</translation>
    </message>
    <message>
        <source>The courier&apos;s list of parcels</source>
        <translation>快递运单清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (order %2): %3</source>
        <translation>%1（订单 %2）：%3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name no request of this batch: %1.</source>
        <translation>
            <numerusform>%n 行不属于本批任何申请：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n paper request(s) got their tracking numbers.</source>
        <translation>
            <numerusform>%1：%n 张纸质申请中 %2 张已取得快递编号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyerRecordFile</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not 企业, 个人 or 组织.</source>
        <translation>%1“%2”不是企业、个人或组织。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not 是 or 否.</source>
        <translation>%1“%2”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>The line has neither a title nor an address.</source>
        <translation>此行既没有抬头也没有地址。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This is not a file of buyer records: the header lacks %1.</source>
        <translation>这不是买家资料文件：表头缺少%1。</translation>
    </message>
    <message>
        <source>The title of %1 is already on line %2.</source>
        <translation>%1的抬头已在第 %2 行。</translation>
    </message>
</context>
<context>
    <name>BuyerRecordImporter</name>
    <message>
        <source>%1 %2 is not a buyer in this database.</source>
        <translation>%1 %2 不是本数据库中的买家。</translation>
    </message>
</context>
<context>
    <name>BuyerService</name>
    <message>
        <source>The title has no identifier.</source>
        <translation>抬头缺少标识。</translation>
    </message>
    <message>
        <source>The buyer no longer exists.</source>
        <translation>该买家已不存在。</translation>
    </message>
    <message>
        <source>The title was changed by someone else. Open it again.</source>
        <translation>该抬头已被他人修改，请重新打开。</translation>
    </message>
    <message>
        <source>The address has no identifier.</source>
        <translation>地址缺少标识。</translation>
    </message>
    <message>
        <source>The address was changed by someone else. Open it again.</source>
        <translation>该地址已被他人修改，请重新打开。</translation>
    </message>
</context>
<context>
    <name>CatalogueEntryDialog</name>
    <message>
        <source>In &amp;use</source>
        <translation>启用(&amp;U)</translation>
    </message>
    <message>
        <source>New market</source>
        <translation>新建类目</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>New checklist condition</source>
        <translation>新建入驻条件</translation>
    </message>
    <message>
        <source>Checklist condition</source>
        <translation>入驻条件</translation>
    </message>
    <message>
        <source>New violation type</source>
        <translation>新建违规类型</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>违规类型</translation>
    </message>
    <message>
        <source>Every market</source>
        <translation>所有类目</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>类目(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>条件(&amp;C)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Violation</source>
        <translation>违规行为(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>键(&amp;K)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>&amp;Deposit</source>
        <translation>保证金(&amp;D)</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>扣分(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>顺序(&amp;O)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用状态</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <source>New courier</source>
        <translation>新增物流公司</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Every market</source>
        <translation>所有类目</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用状态</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation>违规类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The key %1 is already used.</source>
        <translation>键 %1 已被使用。</translation>
    </message>
    <message>
        <source>Someone else changed this entry meanwhile. Reopen it.</source>
        <translation>该条目已被他人修改，请重新打开。</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
</context>
<context>
    <name>CataloguesPage</name>
    <message>
        <source>Markets and deposits</source>
        <translation>类目与保证金</translation>
    </message>
    <message>
        <source>Entry checklists</source>
        <translation>入驻条件</translation>
    </message>
    <message>
        <source>Violation types</source>
        <translation>违规类型</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Add an entry to this catalogue (Ctrl+N)</source>
        <translation>向此目录添加条目（Ctrl+N）</translation>
    </message>
    <message>
        <source>Change the selected entry (Enter)</source>
        <translation>修改所选条目（回车）</translation>
    </message>
    <message>
        <source>A vendor&apos;s deposit due is the highest deposit among its markets. Changes apply to applications and violations recorded from now on.</source>
        <translation>服务商应缴保证金为其所在类目中的最高金额。修改对此后的申请与违规记录生效。</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>物流公司</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Every market</source>
        <translation>所有类目</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>Not ticked yet</source>
        <translation>尚未勾选</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>审核备注</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
</context>
<context>
    <name>ColumnFilter</name>
    <message>
        <source>Type an amount such as 50 or 1,234.50, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</source>
        <translation>请输入金额，如 50 或 1,234.50，可在前面加 &lt;、&lt;=、&gt;、&gt;=，或写成区间 10..50。</translation>
    </message>
    <message>
        <source>Type a whole number, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 10..50.</source>
        <translation>请输入整数，可在前面加 &lt;、&lt;=、&gt;、&gt;=，或写成区间 10..50。</translation>
    </message>
    <message>
        <source>Type a date as 2026, 2026-11, 2026-11-23, today or yesterday, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 2026-01..2026-03.</source>
        <translation>请输入日期，如 2026、2026-11、2026-11-23、今天或昨天，可在前面加 &lt;、&lt;=、&gt;、&gt;=，或写成区间 2026-01..2026-03。</translation>
    </message>
    <message>
        <source>Type both ends of a range as durations, like 1d..3d.</source>
        <translation>区间的两端都请输入时长，如 1天..3天。</translation>
    </message>
    <message>
        <source>Type the time left as 12h or 3d (小时, 天; &lt;0h is overdue), or a date as 2026-11-23 or today, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 1d..3d.</source>
        <translation>请输入剩余时间，如 12小时 或 3天（也可写 12h、3d；&lt;0小时 即已超期），或日期，如 2026-11-23 或 今天；可在前面加 &lt;、&lt;=、&gt;、&gt;=，或写成区间 1天..3天。</translation>
    </message>
    <message>
        <source>Type the time waited as 12h or 3d (小时, 天), or a date as 2026-11-23 or today, optionally after &lt;, &lt;=, &gt;, &gt;= or as a range like 1d..3d.</source>
        <translation>请输入已等待时长，如 12小时 或 3天（也可写 12h、3d），或日期，如 2026-11-23 或 今天；可在前面加 &lt;、&lt;=、&gt;、&gt;=，或写成区间 1天..3天。</translation>
    </message>
</context>
<context>
    <name>CommandJournal</name>
    <message>
        <source>The server cannot be reached, so nothing was saved. Save again once the status bar says the connection is back.</source>
        <translation>无法连接服务器，本次修改未保存。状态栏显示已重新连接后，请再次保存。</translation>
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
    <message>
        <source>Import the vendor console&apos;s invoice list export (CSV) into the invoice queue, then exit. Prints each bad line and &quot;imported N, rejected M&quot;; nothing is imported while a line is bad.</source>
        <translation>将服务商控制台导出的发票列表（CSV）导入发票申请队列后退出。逐行打印错误行以及 &quot;imported N, rejected M&quot;；只要有错误行就不导入任何内容。</translation>
    </message>
    <message>
        <source>Pull the marketplace&apos;s invoice requests, push the results waiting in the outbox, print what was done and exit. The AccessKey comes from MARKETDESK_ACCESS_KEY_ID and MARKETDESK_ACCESS_KEY_SECRET (and MARKETDESK_SECURITY_TOKEN) when set, else from the keyring, else from a prompt.</source>
        <translation>拉取云市场的开票申请，回传发件箱中待发送的结果，输出处理情况后退出。AccessKey 优先取自 MARKETDESK_ACCESS_KEY_ID 和 MARKETDESK_ACCESS_KEY_SECRET（及 MARKETDESK_SECURITY_TOKEN），否则取自系统钥匙串，再否则提示输入。</translation>
    </message>
    <message>
        <source>Set up the PostgreSQL database of --database as a team server (schema, roles, permissions and row-level security), then exit. Run it as the owner of the database, again after each upgrade.</source>
        <translation>将 --database 指定的 PostgreSQL 数据库设置为团队服务器（表结构、角色、权限与行级安全），然后退出。请以数据库所有者身份运行，每次升级后再运行一次。</translation>
    </message>
    <message>
        <source>Add a user with its own login to the team server of --database, then exit. Needs --role; the password comes from MARKETDESK_NEW_PASSWORD when set, else from a prompt.</source>
        <translation>在 --database 指定的团队服务器上添加一个拥有独立登录名的用户，然后退出。需要 --role；密码取自 MARKETDESK_NEW_PASSWORD，未设置时提示输入。</translation>
    </message>
    <message>
        <source>With --add-user: reviewer, clerk, delivery, entry, admin or a custom role.</source>
        <translation>与 --add-user 一起使用：reviewer、clerk、delivery、entry、admin 或自定义角色。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>With --add-user: the vendor (ID or exact name) the user works for.</source>
        <translation>与 --add-user 一起使用：用户所属的服务商（ID 或完整名称）。</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>VENDOR</translation>
    </message>
    <message>
        <source>--add-user needs --role (reviewer, clerk, delivery, entry, admin or a custom role).</source>
        <translation>--add-user 需要 --role（reviewer、clerk、delivery、entry、admin 或自定义角色）。</translation>
    </message>
    <message>
        <source>--role and --vendor go with --add-user NAME.</source>
        <translation>--role 和 --vendor 需与 --add-user NAME 一起使用。</translation>
    </message>
    <message>
        <source>Import buyers&apos; invoice titles and mailing addresses (CSV, one buyer per line, by 客户ID), then exit. Prints each bad line and &quot;imported N, rejected M&quot;; nothing is imported while a line is bad.</source>
        <translation>导入买家的发票抬头和邮寄地址（CSV，每行一个买家，按客户ID），然后退出。逐行打印错误行及“imported N, rejected M”；只要有错误行就不导入任何内容。</translation>
    </message>
    <message>
        <source>With --import-invoice-requests or --import-buyer-records: import the good lines even when some are bad, and exit with 0.</source>
        <translation>与 --import-invoice-requests 或 --import-buyer-records 一起使用：即使有错误行也导入正确的行，并以 0 退出。</translation>
    </message>
    <message>
        <source>--skip-invalid goes with --import-invoice-requests FILE or --import-buyer-records FILE.</source>
        <translation>--skip-invalid 需与 --import-invoice-requests FILE 或 --import-buyer-records FILE 一起使用。</translation>
    </message>
    <message>
        <source>Import one file at a time: --import-invoice-requests or --import-buyer-records.</source>
        <translation>一次只能导入一个文件：--import-invoice-requests 或 --import-buyer-records。</translation>
    </message>
    <message>
        <source>Apply what is due now (automatic acceptance of deliveries, lapse of unconfirmed red-letter forms, suspension of vendors still short of their deposit after the settlement, delisting of products without orders), print what was done and exit: for a server&apos;s scheduler. Safe to run beside open clients; each job is applied once.</source>
        <translation>执行当前到期的任务（交付的自动验收、未确认的红字确认单失效、结算扣取后保证金仍不足的服务商暂停展示、无订单商品的下架），打印执行结果后退出：供服务器的计划任务调用。可与正在使用的客户端同时运行，每个任务只执行一次。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>对方（已保存）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Someone else saved this record while you edited it. Your changes touch other fields than theirs, so both can be kept.</source>
        <translation>您编辑期间，他人保存了这条记录。您修改的字段与对方不同，两边的修改都可以保留。</translation>
    </message>
    <message>
        <source>Someone else saved this record while you edited it. Fields in red were changed by both of you; merging keeps theirs there.</source>
        <translation>您编辑期间，他人保存了这条记录。红色字段双方都修改过；合并时这些字段保留对方的值。</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>载入对方版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Theirs plus my changes</source>
        <translation>对方版本加我的修改(&amp;T)</translation>
    </message>
    <message>
        <source>Their version is loaded.</source>
        <translation>已载入对方的版本。</translation>
    </message>
    <message>
        <source>Their version plus your changes: check and save again.</source>
        <translation>已合并对方版本与您的修改：请检查后再次保存。</translation>
    </message>
    <message>
        <source>Someone else saved this record while you worked on it, and their version no longer allows your step: reload theirs and decide again.</source>
        <translation>您处理期间，他人保存了这条记录，对方版本已不允许您的这一步操作：请载入对方版本后重新决定。</translation>
    </message>
    <message>
        <source>Someone else saved this record while you worked on it, but not the fields your step changes: your step can be applied to their version.</source>
        <translation>您处理期间，他人保存了这条记录，但没有改动您这一步要改的字段：可以在对方版本上执行您的操作。</translation>
    </message>
    <message>
        <source>Someone else saved this record while you worked on it. Fields in red were changed by both: reload theirs and decide again.</source>
        <translation>您处理期间，他人保存了这条记录。红色字段双方都改动了：请载入对方版本后重新决定。</translation>
    </message>
    <message>
        <source>&amp;Apply my step to theirs</source>
        <translation>在对方版本上执行我的操作(&amp;A)</translation>
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
        <translation>MarketDesk 正在连接 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message>
        <source>Sche&amp;ma</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <source>the server&apos;s default</source>
        <translation>服务器默认</translation>
    </message>
    <message>
        <source>Schema: use letters, digits and _, not starting with a digit.</source>
        <translation>模式：只能用字母、数字和 _，且不能以数字开头。</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation>正在等待 %1 应答…</translation>
    </message>
</context>
<context>
    <name>ConsoleInvoiceExport</name>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an order ID (letters, digits, - and _, at most 64).</source>
        <translation>%1“%2”不是订单ID（字母、数字、- 和 _，最多 64 个）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a phone number.</source>
        <translation>%1“%2”不是电话号码。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must have 8 digits (paper and electronic) or 20 digits (数电).</source>
        <translation>%1“%2”应为 8 位数字（纸质和电子发票）或 20 位数字（数电发票）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 必须大于零。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an invoice type the console uses.</source>
        <translation>%1“%2”不是控制台使用的发票类型。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an invoice status the console uses.</source>
        <translation>%1“%2”不是控制台使用的发票状态。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a time like 2026-11-23 10:05:00.</source>
        <translation>%1“%2”不是形如 2026-11-23 10:05:00 的时间。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This is not a console invoice export: the header lacks %1.</source>
        <translation>这不是控制台导出的发票列表：表头缺少 %1。</translation>
    </message>
    <message>
        <source>Order ID %1 is already on line %2.</source>
        <translation>订单ID %1 已在第 %2 行出现。</translation>
    </message>
</context>
<context>
    <name>ContractDraftConflict</name>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Vendor (party B)</source>
        <translation>服务商（乙方）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Seal method</source>
        <translation>签章方式</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Project filed</source>
        <translation>备案项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
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
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Seal method</source>
        <translation>签章方式</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sub-state</source>
        <translation>子状态</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paper copies due</source>
        <translation>纸质合同寄出期限</translation>
    </message>
</context>
<context>
    <name>ContractOrderPickModel</name>
    <message>
        <source>In contract %1</source>
        <translation>已在合同 %1 中</translation>
    </message>
    <message>
        <source>%1: cannot be listed</source>
        <translation>%1：不可加入</translation>
    </message>
    <message>
        <source>Refund order: counts negative</source>
        <translation>退款订单：按负数计入</translation>
    </message>
    <message>
        <source>Order %1 would make the total %2; a contract&apos;s total may not be negative.</source>
        <translation>订单 %1 会使合计变为 %2；合同总金额不得为负。</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
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
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <source>Amount in the contract</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ContractParties</name>
    <message>
        <source>No buyer has customer ID %1.</source>
        <translation>没有客户 ID 为 %1 的买家。</translation>
    </message>
    <message>
        <source>%1 (individual)</source>
        <translation>%1（个人）</translation>
    </message>
    <message>
        <source>This buyer has no framework contract with this vendor yet.</source>
        <translation>该买家与此服务商尚无框架合同。</translation>
    </message>
    <message>
        <source>Framework contract %1: %2.</source>
        <translation>框架合同 %1：%2。</translation>
    </message>
    <message>
        <source>Enter the customer ID of an existing buyer.</source>
        <translation>请输入已有买家的客户 ID。</translation>
    </message>
    <message>
        <source>Choose the vendor.</source>
        <translation>请选择服务商。</translation>
    </message>
    <message>
        <source>This buyer already has framework contract %1 with this vendor; void or terminate it first.</source>
        <translation>该买家与此服务商已有框架合同 %1，请先作废或终止。</translation>
    </message>
    <message>
        <source>An order or filing contract needs an effective framework contract with this buyer and vendor.</source>
        <translation>订单合同和备案合同需要该买家与此服务商之间已生效的框架合同。</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>The contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <source>Contract %1 was changed by someone else. Look at it again.</source>
        <translation>合同 %1 已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>Contract %1 (%2) cannot take the step &quot;%3&quot;.</source>
        <translation>合同 %1（%2）不能执行“%3”。</translation>
    </message>
    <message>
        <source>Contract %1 is no longer a draft; its text cannot change.</source>
        <translation>合同 %1 已不是草稿，正文不能再修改。</translation>
    </message>
    <message>
        <source>The buyer account no longer exists.</source>
        <translation>该买家账号已不存在。</translation>
    </message>
    <message>
        <source>An individual buyer signs with two-sided e-seals.</source>
        <translation>个人买家须使用双方电子签章。</translation>
    </message>
    <message>
        <source>This buyer already has framework contract %1 with this vendor; void or terminate it first.</source>
        <translation>该买家与此服务商已有框架合同 %1，请先作废或终止。</translation>
    </message>
    <message>
        <source>An order or filing contract stands under an effective framework contract with the same buyer and vendor; there is none yet.</source>
        <translation>订单合同和备案合同须有同一买家与服务商之间已生效的框架合同，目前还没有。</translation>
    </message>
    <message>
        <source>A picked order is not an order of this buyer with this vendor.</source>
        <translation>所选订单不属于该买家与此服务商。</translation>
    </message>
    <message>
        <source>Order %1 is already listed in contract %2.</source>
        <translation>订单 %1 已在合同 %2 中。</translation>
    </message>
    <message>
        <source>Order %1 is being refunded or was refunded in full; it cannot be listed.</source>
        <translation>订单 %1 正在退款或已全额退款，不能加入合同。</translation>
    </message>
    <message>
        <source>Order %1 is picked twice.</source>
        <translation>订单 %1 被选了两次。</translation>
    </message>
    <message>
        <source>The refund orders would make the total %1; a contract&apos;s total may not be negative.</source>
        <translation>退款订单会使合计变为 %1；合同总金额不得为负。</translation>
    </message>
    <message>
        <source>The framework contract this contract stands under is no longer effective.</source>
        <translation>本合同所属的框架合同已不再生效。</translation>
    </message>
    <message>
        <source>Paper copies are requested once, for an effective contract; contract %1 cannot have them now.</source>
        <translation>纸质合同只能为已生效的合同申请一次；合同 %1 现在不能申请。</translation>
    </message>
    <message>
        <source>Only a voided contract can be deleted; void contract %1 first.</source>
        <translation>只有已作废的合同可以删除；请先作废合同 %1。</translation>
    </message>
    <message>
        <source>Contracts %1 stand under framework contract %2; it is kept.</source>
        <translation>合同 %1 属于框架合同 %2，该框架合同不能删除。</translation>
    </message>
</context>
<context>
    <name>ContractWizard</name>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Confirm &amp;signing</source>
        <translation>确认签署(&amp;S)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Who signs, and which kind of contract.</source>
        <translation>签约双方与合同类型。</translation>
    </message>
    <message>
        <source>Customer ID, e.g. C880001</source>
        <translation>客户 ID，例如 C880001</translation>
    </message>
    <message>
        <source>&amp;Buyer</source>
        <translation>买家(&amp;B)</translation>
    </message>
    <message>
        <source>(choose the vendor)</source>
        <translation>（选择服务商）</translation>
    </message>
    <message>
        <source>&amp;Vendor (party B)</source>
        <translation>服务商（乙方）(&amp;V)</translation>
    </message>
    <message>
        <source>The terms for all purchases of this buyer from this vendor; one valid per account.</source>
        <translation>该买家向此服务商采购的总体条款；每个账号仅一份有效。</translation>
    </message>
    <message>
        <source>Lists orders with their amounts; stands under an effective framework contract.</source>
        <translation>列明订单及金额；须有已生效的框架合同。</translation>
    </message>
    <message>
        <source>Lists the orders of a project the buyer files for record; stands under an effective framework contract.</source>
        <translation>列明买家备案项目的订单；须有已生效的框架合同。</translation>
    </message>
    <message>
        <source>Seal method</source>
        <translation>签章方式</translation>
    </message>
    <message>
        <source>How the contract is sealed; it cannot change once generated.</source>
        <translation>合同的签章方式，生成后不可更改。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Only paid orders not listed in another contract can be picked; refund orders count negative and the total may not fall below zero.</source>
        <translation>只能选择已支付且未在其他合同中的订单；退款订单按负数计入，合计不得小于零。</translation>
    </message>
    <message>
        <source>e.g. 数据中心上云项目</source>
        <translation>例如：数据中心上云项目</translation>
    </message>
    <message>
        <source>&amp;Project filed</source>
        <translation>备案项目(&amp;P)</translation>
    </message>
    <message>
        <source>Contract total: %1</source>
        <translation>合同总金额：%1</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>The buyer&apos;s details as the contract states them; saving them here also updates the buyer&apos;s saved details.</source>
        <translation>合同中的买家信息；在此保存也会更新买家已保存的甲方信息。</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>生效日期(&amp;F)</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>截止日期(&amp;U)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Project filed</source>
        <translation>备案项目</translation>
    </message>
    <message>
        <source>Contract text</source>
        <translation>合同正文</translation>
    </message>
    <message>
        <source>Read the generated text. Go back to change anything.</source>
        <translation>请阅读生成的正文；如需修改请返回上一步。</translation>
    </message>
    <message>
        <source>I have read the text and confirm it</source>
        <translation>我已阅读并确认合同正文</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Once signing is confirmed the text is final and the contract goes to the customer for signing.</source>
        <translation>确认签署后正文即定稿，合同将发送给客户签署。</translation>
    </message>
    <message>
        <source>Confirm signing with the method chosen</source>
        <translation>按所选方式确认签署</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>An individual buyer signs with two-sided e-seals; there is no choice.</source>
        <translation>个人买家须使用双方电子签章，不可选择。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4&lt;br&gt;Party A: %5&lt;br&gt;Party B: %6&lt;br&gt;Valid %7 – %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4&lt;br&gt;甲方：%5&lt;br&gt;乙方：%6&lt;br&gt;有效期 %7 – %8</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n order(s), total %1</source>
        <translation>
            <numerusform>&lt;br&gt;%n 个订单，合计 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the project filed.</source>
        <translation>请填写备案项目。</translation>
    </message>
    <message>
        <source>Pick at least one order.</source>
        <translation>请至少选择一个订单。</translation>
    </message>
    <message>
        <source>Read the text and confirm it to go on.</source>
        <translation>请阅读并确认正文后继续。</translation>
    </message>
    <message>
        <source>Tick the confirmation to sign.</source>
        <translation>请勾选确认后签署。</translation>
    </message>
    <message>
        <source>Draft %1 saved at %2.</source>
        <translation>草稿 %1 已于 %2 保存。</translation>
    </message>
    <message>
        <source>Close without saving? &quot;Save draft&quot; keeps the contract to finish later.</source>
        <translation>不保存就关闭？“保存草稿”可保留合同以便稍后完成。</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Search contract number, customer, party A or vendor</source>
        <translation>搜索合同编号、客户、甲方或服务商</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>新建合同…</translation>
    </message>
    <message>
        <source>Continue draft…</source>
        <translation>继续编辑草稿…</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Finish generating</source>
        <translation>完成生成</translation>
    </message>
    <message>
        <source>Customer signed</source>
        <translation>客户已签署</translation>
    </message>
    <message>
        <source>Cancel signing…</source>
        <translation>撤销签署…</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>确认撤销</translation>
    </message>
    <message>
        <source>Platform signed</source>
        <translation>平台已签署</translation>
    </message>
    <message>
        <source>Paper copies</source>
        <translation>纸质合同</translation>
    </message>
    <message>
        <source>Request paper copies…</source>
        <translation>申请纸质合同…</translation>
    </message>
    <message>
        <source>Paper copies mailed…</source>
        <translation>纸质合同已寄出…</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>The contract could not be read: %1</source>
        <translation>无法读取合同：%1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Seal method</source>
        <translation>签章方式</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Vendor (party B)</source>
        <translation>服务商（乙方）</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Framework contract</source>
        <translation>框架合同</translation>
    </message>
    <message>
        <source>Project filed</source>
        <translation>备案项目</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Effective since</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Terminated at</source>
        <translation>终止时间</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) to %1 %2, %3 %4</source>
        <translation>
            <numerusform>%n 份，寄给 %1 %2，%3 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message>
        <source>Mail by</source>
        <translation>寄出期限</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>The text is generated once the details are filled in.</source>
        <translation>填写完信息后将生成正文。</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Why (%1)?</source>
        <translation>原因（%1）？</translation>
    </message>
    <message>
        <source>%1 for contract %2?</source>
        <translation>对合同 %2 执行“%1”？</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>删除合同</translation>
    </message>
    <message>
        <source>Delete voided contract %1? Its orders can then be listed in another contract.</source>
        <translation>删除已作废的合同 %1？其订单随后可加入其他合同。</translation>
    </message>
    <message>
        <source>Save contract %1 as PDF</source>
        <translation>将合同 %1 另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Paper copies of contract %1 mailed</source>
        <translation>合同 %1 的纸质件已寄出</translation>
    </message>
    <message>
        <source>No contracts yet. Draw one up with New contract….</source>
        <translation>还没有合同。可用“新建合同…”起草一份。</translation>
    </message>
</context>
<context>
    <name>CourierManifest</name>
    <message>
        <source>This is not a courier&apos;s list of parcels: no column of its first line is named 运单号, 快递单号 or tracking number.</source>
        <translation>这不是快递运单清单：首行没有名为“运单号”“快递单号”或 tracking number 的列。</translation>
    </message>
    <message>
        <source>The courier&apos;s list names neither the order ID (订单号, 客户订单号) nor the recipient&apos;s phone (收件人电话) of its parcels.</source>
        <translation>运单清单既没有包裹的订单 ID（订单号、客户订单号），也没有收件人电话。</translation>
    </message>
    <message>
        <source>The line names neither an order ID nor a phone.</source>
        <translation>该行既没有订单 ID，也没有电话。</translation>
    </message>
    <message>
        <source>The courier&apos;s list has no parcels.</source>
        <translation>运单清单中没有包裹。</translation>
    </message>
    <message>
        <source>Line %1 of the courier&apos;s list: %2</source>
        <translation>运单清单第 %1 行：%2</translation>
    </message>
    <message>
        <source>No parcel of the courier&apos;s list names order %1.</source>
        <translation>运单清单中没有写明订单 %1 的包裹。</translation>
    </message>
    <message>
        <source>No parcel of the courier&apos;s list names order %1 or phone %2.</source>
        <translation>运单清单中没有写明订单 %1 或电话 %2 的包裹。</translation>
    </message>
    <message>
        <source>Lines %1 of the courier&apos;s list give order %2 different tracking numbers.</source>
        <translation>运单清单第 %1 行给订单 %2 写了不同的快递编号。</translation>
    </message>
    <message>
        <source>Lines %1 of the courier&apos;s list are parcels to %2 with different tracking numbers.</source>
        <translation>运单清单第 %1 行都是寄往 %2 的包裹，但快递编号各不相同。</translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>第 %1 行开始的引号字段没有结束。</translation>
    </message>
    <message>
        <source>The line contains a NUL character.</source>
        <translation>该行包含 NUL 字符。</translation>
    </message>
    <message>
        <source>The line contains bytes that are not text in the file&apos;s encoding (a damaged file, or one saved in another encoding): correct it and import it again.</source>
        <translation>该行含有不属于文件编码的字节（文件已损坏，或以其他编码保存）：请改正后重新导入。</translation>
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
    <message>
        <source>Cannot create the SQLite database %1: %2</source>
        <translation>无法创建 SQLite 数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseFailureDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Change connection…</source>
        <translation>更改连接(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>MarketDesk</source>
        <translation>MarketDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;MarketDesk cannot open the database %1&lt;/b&gt; (from %2).</source>
        <translation>&lt;b&gt;MarketDesk 无法打开数据库 %1&lt;/b&gt;（来源：%2）。</translation>
    </message>
    <message>
        <source>Try again once the server or the network is back, or choose another database, which is also saved in Settings for later starts.</source>
        <translation>请在服务器或网络恢复后重试，或选择另一个数据库；所选数据库也会保存到设置中，供以后启动时使用。</translation>
    </message>
    <message>
        <source>Try again once the server or the network is back, or choose another database for this start; it is also saved in Settings for a start without %1.</source>
        <translation>请在服务器或网络恢复后重试，或为本次启动选择另一个数据库；它也会保存到设置中，供不带 %1 的启动使用。</translation>
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
    <message>
        <source>The schema &quot;%1&quot; is not a name: use letters, digits and _, not starting with a digit.</source>
        <translation>模式“%1”不是有效的名称：只能用字母、数字和 _，且不能以数字开头。</translation>
    </message>
</context>
<context>
    <name>DecideApplication</name>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>原因最多 %1 个字。</translation>
    </message>
    <message>
        <source>Say why the application is rejected; the applicant sees it.</source>
        <translation>请填写驳回原因，申请人可见。</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) are not ticked. Approving anyway needs the reason for the override.</source>
        <translation>
            <numerusform>有 %n 项核查项未勾选。如仍要通过，请填写放行理由。</numerusform>
        </translation>
    </message>
    <message>
        <source>An approval needs the id of the vendor it creates.</source>
        <translation>审核通过需要新服务商的 ID。</translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <source>Search order ID, customer, product or vendor</source>
        <translation>搜索订单ID、客户、商品或服务商</translation>
    </message>
    <message>
        <source>Flow log</source>
        <translation>流程日志</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Confirm requirement…</source>
        <translation>确认需求…</translation>
    </message>
    <message>
        <source>Reject requirement…</source>
        <translation>驳回需求…</translation>
    </message>
    <message>
        <source>Submit for acceptance…</source>
        <translation>提交验收…</translation>
    </message>
    <message>
        <source>Ask the platform to intervene…</source>
        <translation>发起工单（平台介入）…</translation>
    </message>
    <message>
        <source>On the buyer&apos;s behalf</source>
        <translation>代买家操作</translation>
    </message>
    <message>
        <source>Submit requirement…</source>
        <translation>提交需求…</translation>
    </message>
    <message>
        <source>Edit requirement…</source>
        <translation>修改需求…</translation>
    </message>
    <message>
        <source>Accept (验收通过)…</source>
        <translation>验收通过…</translation>
    </message>
    <message>
        <source>Reject acceptance (验收驳回)…</source>
        <translation>验收驳回…</translation>
    </message>
    <message>
        <source>Ask for a refund…</source>
        <translation>申请退款…</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Approve refund…</source>
        <translation>同意退款…</translation>
    </message>
    <message>
        <source>Decline refund…</source>
        <translation>拒绝退款…</translation>
    </message>
    <message>
        <source>Close the platform ticket…</source>
        <translation>关闭工单…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Expand all steps</source>
        <translation>展开全部步骤</translation>
    </message>
    <message>
        <source>Collapse all steps</source>
        <translation>收起全部步骤</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>服务交付</translation>
    </message>
    <message>
        <source>The delivery could not be read: %1</source>
        <translation>无法读取交付：%1</translation>
    </message>
    <message>
        <source>This delivery no longer exists.</source>
        <translation>此交付已不存在。</translation>
    </message>
    <message>
        <source>%1 (paused in: %2)</source>
        <translation>%1（暂停于：%2）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>交付状态</translation>
    </message>
    <message>
        <source>Platform ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Open: the platform was asked to intervene</source>
        <translation>处理中：已请求平台介入</translation>
    </message>
    <message>
        <source>Accepted automatically</source>
        <translation>自动验收</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Guarantee period</source>
        <translation>担保期</translation>
    </message>
    <message>
        <source>Warranty period</source>
        <translation>质保期</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>(not submitted yet)</source>
        <translation>（尚未提交）</translation>
    </message>
    <message>
        <source>Delivery of order %1</source>
        <translation>订单 %1 的交付</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Export the flow log to PDF</source>
        <translation>将流程日志导出为 PDF</translation>
    </message>
    <message>
        <source>flow-log-%1.pdf</source>
        <translation>流程日志-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>No service deliveries yet. Each order of a manual-service product starts one.</source>
        <translation>还没有服务交付。人工服务类商品的每个订单都会开始一个交付。</translation>
    </message>
</context>
<context>
    <name>DeliveryListModel</name>
    <message>
        <source>%1 · platform ticket</source>
        <translation>%1 · 工单</translation>
    </message>
    <message>
        <source>Auto-acceptance</source>
        <translation>自动验收</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>State</source>
        <translation>交付状态</translation>
    </message>
    <message>
        <source>In this state since</source>
        <translation>进入此状态时间</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
</context>
<context>
    <name>DeliveryService</name>
    <message>
        <source>Refunds are requested and decided on the order&apos;s refund; the system&apos;s steps are taken by the due jobs.</source>
        <translation>退款须通过订单的退款申请和审核办理；系统步骤由到期任务执行。</translation>
    </message>
    <message>
        <source>The delivery no longer exists.</source>
        <translation>该交付已不存在。</translation>
    </message>
</context>
<context>
    <name>DeliveryStepDialog</name>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — 订单 %2</translation>
    </message>
    <message>
        <source>Recorded on the buyer&apos;s behalf (%1) by %2.</source>
        <translation>由 %2 代买家（%1）录入。</translation>
    </message>
    <message>
        <source>Recorded as the %1 by %2.</source>
        <translation>由 %2 以%1身份录入。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加附件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Requirement</source>
        <translation>需求描述(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add files to the step</source>
        <translation>为此步骤添加附件</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>DeliveryStepWriter</name>
    <message>
        <source>The delivery of order %1 was changed by someone else. Look at it again.</source>
        <translation>订单 %1 的交付已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>A delivery that is %1 cannot take the step &quot;%2&quot; by the %3.</source>
        <translation>处于 %1 状态的交付不能由 %3 执行“%2”。</translation>
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
    <name>DepositEntryDialog</name>
    <message>
        <source>Deposit of %1</source>
        <translation>%1 的保证金</translation>
    </message>
    <message>
        <source>Amount due %1 · balance %2 · shortfall %3</source>
        <translation>应缴 %1 · 余额 %2 · 待补足 %3</translation>
    </message>
    <message>
        <source>e.g. 20000 or ¥1,500.50</source>
        <translation>例如 20000 或 ¥1,500.50</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Receipt no.</source>
        <translation>收据编号(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据编号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Required: the violation or the compensated refund</source>
        <translation>必填：对应的违规或赔付的退款</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Violation punished</source>
        <translation>对应违规(&amp;V)</translation>
    </message>
    <message>
        <source>Required: the settlement, e.g. November 2026</source>
        <translation>必填：扣取的结算，如 2026年11月结算</translation>
    </message>
</context>
<context>
    <name>DepositLedgerModel</name>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据编号</translation>
    </message>
    <message>
        <source>Receipt mailed</source>
        <translation>收据寄出</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>DepositService</name>
    <message>
        <source>The vendor no longer exists.</source>
        <translation>该服务商已不存在。</translation>
    </message>
    <message>
        <source>The deposit is refunded only after the vendor has left.</source>
        <translation>服务商退出后才能退还保证金。</translation>
    </message>
    <message>
        <source>%1 has left the marketplace; no deposit is taken.</source>
        <translation>%1 已退出云市场，不再收取保证金。</translation>
    </message>
    <message>
        <source>Receipt %1 is already in the ledger.</source>
        <translation>收据 %1 已登记在台账中。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Try again.</source>
        <translation>%1 已被他人修改，请重试。</translation>
    </message>
    <message>
        <source>The surcharge no longer exists.</source>
        <translation>该追加保证金记录已不存在。</translation>
    </message>
    <message>
        <source>The surcharge was decided by someone else meanwhile.</source>
        <translation>该追加保证金已由他人处理。</translation>
    </message>
    <message>
        <source>The ledger line no longer exists.</source>
        <translation>该台账记录已不存在。</translation>
    </message>
    <message>
        <source>Only payments and top-ups have a receipt to mail.</source>
        <translation>只有缴纳和补足才有收据可寄送。</translation>
    </message>
    <message>
        <source>Receipt %1 was already recorded as mailed.</source>
        <translation>收据 %1 已登记为寄出。</translation>
    </message>
    <message>
        <source>Only the shortfall of %1 is taken from a settlement.</source>
        <translation>从结算中最多扣取差额 %1。</translation>
    </message>
    <message>
        <source>The deposit is paid in full; nothing is taken from a settlement.</source>
        <translation>保证金已足额，无需从结算中扣取。</translation>
    </message>
</context>
<context>
    <name>DocumentPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <message>
        <source>Wrong invoice type</source>
        <translation>发票类型错误</translation>
    </message>
    <message>
        <source>Wrong tax ID or bank account</source>
        <translation>税号或银行账号错误</translation>
    </message>
    <message>
        <source>Company name changed</source>
        <translation>公司名称变更</translation>
    </message>
    <message>
        <source>Wrong amount</source>
        <translation>金额错误</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Buyer cancels</source>
        <translation>买家撤销</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>开票</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记已邮寄</translation>
    </message>
    <message>
        <source>Mark refunded</source>
        <translation>标记已退款</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重新开票</translation>
    </message>
    <message>
        <source>Buyer asks to return</source>
        <translation>买家申请退票</translation>
    </message>
    <message>
        <source>Needs red-letter form</source>
        <translation>需要红字确认单</translation>
    </message>
    <message>
        <source>Accept return</source>
        <translation>同意退票</translation>
    </message>
    <message>
        <source>Decline return</source>
        <translation>驳回退票</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Submit requirement</source>
        <translation>提交需求</translation>
    </message>
    <message>
        <source>Edit requirement</source>
        <translation>修改需求</translation>
    </message>
    <message>
        <source>Confirm requirement</source>
        <translation>确认需求</translation>
    </message>
    <message>
        <source>Reject requirement</source>
        <translation>驳回需求</translation>
    </message>
    <message>
        <source>Submit for acceptance</source>
        <translation>提交验收</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <source>Reject acceptance</source>
        <translation>验收驳回</translation>
    </message>
    <message>
        <source>Accepted automatically</source>
        <translation>自动验收</translation>
    </message>
    <message>
        <source>Ask for a refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>同意退款</translation>
    </message>
    <message>
        <source>Decline refund</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <source>Ask the platform to intervene</source>
        <translation>发起工单</translation>
    </message>
    <message>
        <source>Close the platform ticket</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Within the refund guarantee</source>
        <translation>退款保障期内</translation>
    </message>
    <message>
        <source>Service late or dragged out</source>
        <translation>服务延迟或拖延</translation>
    </message>
    <message>
        <source>Product differs from its description</source>
        <translation>商品与描述不符</translation>
    </message>
    <message>
        <source>Unhappy with the service attitude</source>
        <translation>对服务态度不满意</translation>
    </message>
    <message>
        <source>Vendor cannot deliver</source>
        <translation>服务商无法提供服务</translation>
    </message>
    <message>
        <source>Quality not up to the requirement</source>
        <translation>服务质量未达要求</translation>
    </message>
    <message>
        <source>Vendor&apos;s business ended</source>
        <translation>服务商停止经营</translation>
    </message>
    <message>
        <source>Vendor unreachable</source>
        <translation>服务商无法联系</translation>
    </message>
    <message>
        <source>Vendor bankrupt</source>
        <translation>服务商破产</translation>
    </message>
    <message>
        <source>Vendor left the marketplace</source>
        <translation>服务商退出云市场</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Waiting for the platform</source>
        <translation>待平台审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Red-letter form lapsed</source>
        <translation>红字确认单已失效</translation>
    </message>
    <message>
        <source>Framework contract</source>
        <translation>框架合同</translation>
    </message>
    <message>
        <source>Order contract</source>
        <translation>订单合同</translation>
    </message>
    <message>
        <source>Filing contract</source>
        <translation>备案合同</translation>
    </message>
    <message>
        <source>One-sided platform e-seal</source>
        <translation>平台单方电子签章</translation>
    </message>
    <message>
        <source>Two-sided e-seal</source>
        <translation>双方电子签章</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签署中</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Filling in</source>
        <translation>填写中</translation>
    </message>
    <message>
        <source>Confirming the text</source>
        <translation>确认正文中</translation>
    </message>
    <message>
        <source>Confirming the signature</source>
        <translation>确认签署中</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Customer signing</source>
        <translation>客户签署中</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>撤销中</translation>
    </message>
    <message>
        <source>Platform signing</source>
        <translation>平台签署中</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Paper copy requested</source>
        <translation>已申请纸质合同</translation>
    </message>
    <message>
        <source>Paper copy mailed</source>
        <translation>纸质合同已寄出</translation>
    </message>
    <message>
        <source>Submit the details</source>
        <translation>提交信息</translation>
    </message>
    <message>
        <source>Revise the details</source>
        <translation>修改信息</translation>
    </message>
    <message>
        <source>Confirm the text</source>
        <translation>确认正文</translation>
    </message>
    <message>
        <source>Confirm signing</source>
        <translation>确认签署</translation>
    </message>
    <message>
        <source>Finish generating</source>
        <translation>完成生成</translation>
    </message>
    <message>
        <source>Record the customer&apos;s signature</source>
        <translation>记录客户签署</translation>
    </message>
    <message>
        <source>Cancel signing</source>
        <translation>撤销签署</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>确认撤销</translation>
    </message>
    <message>
        <source>Record the platform&apos;s signature</source>
        <translation>记录平台签署</translation>
    </message>
    <message>
        <source>Request paper copies</source>
        <translation>申请纸质合同</translation>
    </message>
    <message>
        <source>Record the mailing of paper copies</source>
        <translation>记录纸质合同寄出</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>待回传</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID</source>
        <translation>法定代表人身份证</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Other material</source>
        <translation>其他材料</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴纳</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>补足</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>Refund of deposit</source>
        <translation>退还保证金</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>End of agreement</source>
        <translation>协议到期</translation>
    </message>
    <message>
        <source>Own request</source>
        <translation>主动退出</translation>
    </message>
    <message>
        <source>24 violation points</source>
        <translation>违规扣满 24 分</translation>
    </message>
    <message>
        <source>No longer meets the conditions</source>
        <translation>不再满足入驻条件</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>列入黑名单</translation>
    </message>
    <message>
        <source>Under 80% deployed on the platform</source>
        <translation>部署在平台资源上的比例低于 80%</translation>
    </message>
    <message>
        <source>Suspend display</source>
        <translation>暂停展示</translation>
    </message>
    <message>
        <source>Restore display</source>
        <translation>恢复展示</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Expel</source>
        <translation>清退</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已上架</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>Taken from settlement</source>
        <translation>从结算扣取</translation>
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
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>无法保存修改。

%1</translation>
    </message>
    <message>
        <source>The vendor no longer exists.</source>
        <translation>该服务商已不存在。</translation>
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
    <message>
        <source>Enter the invoice number.</source>
        <translation>请填写发票编号。</translation>
    </message>
    <message>
        <source>An invoice number has 8 digits (paper and electronic) or 20 digits (数电), e.g. 04471235.</source>
        <translation>发票编号为 8 位数字（纸质和电子发票）或 20 位数字（数电发票），例如 04471235。</translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation>请填写快递编号。</translation>
    </message>
    <message>
        <source>A tracking number has 8 to 30 letters and digits, e.g. SF1234567890123.</source>
        <translation>快递编号为 8 到 30 位字母和数字，例如 SF1234567890123。</translation>
    </message>
    <message>
        <source>Enter the red-letter confirmation number.</source>
        <translation>请填写红字确认单号。</translation>
    </message>
    <message>
        <source>A red-letter confirmation number has 8 to 32 digits and letters.</source>
        <translation>红字确认单号为 8 到 32 位数字和字母。</translation>
    </message>
    <message>
        <source>Enter the taxpayer ID.</source>
        <translation>请填写纳税人识别号。</translation>
    </message>
    <message>
        <source>A taxpayer ID has 15, 18 or 20 digits and capital letters, e.g. 91330100MA27XXXX1F.</source>
        <translation>纳税人识别号为 15、18 或 20 位数字和大写字母，例如 91330100MA27XXXX1F。</translation>
    </message>
    <message>
        <source>Enter the bank account number.</source>
        <translation>请填写银行账号。</translation>
    </message>
    <message>
        <source>A bank account number has 8 to 32 digits.</source>
        <translation>银行账号为 8 到 32 位数字。</translation>
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
    <name>FlowLogDocument</name>
    <message>
        <source>%1 → accepted %2</source>
        <translation>%1 → 验收于 %2</translation>
    </message>
    <message>
        <source>%1 → until acceptance</source>
        <translation>%1 → 至验收通过</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from acceptance</source>
        <translation>
            <numerusform>验收通过后 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), %1 → %2</source>
        <translation>
            <numerusform>%n 天，%1 → %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow log of order %1</source>
        <translation>订单 %1 的流程日志</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>State</source>
        <translation>交付状态</translation>
    </message>
    <message>
        <source>Guarantee period</source>
        <translation>担保期</translation>
    </message>
    <message>
        <source>Warranty period</source>
        <translation>质保期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>操作方</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FlowLogModel</name>
    <message>
        <source>Double-click to save %1</source>
        <translation>双击保存 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>操作方</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>交付状态</translation>
    </message>
    <message>
        <source>Buyer (recorded by %1)</source>
        <translation>买家（由 %1 代录）</translation>
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
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>FormFeedback</name>
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
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FormRecovery</name>
    <message>
        <source>Re&amp;store it</source>
        <translation>恢复(&amp;S)</translation>
    </message>
    <message>
        <source>Thro&amp;w it away</source>
        <translation>丢弃(&amp;W)</translation>
    </message>
</context>
<context>
    <name>HistoryTree</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>事项</translation>
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
    <name>ImportFlow</name>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Save the bad lines</source>
        <translation>保存错误行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln line(s).</source>
        <translation>
            <numerusform>已导入 %Ln 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) already known were left out.</source>
        <translation>
            <numerusform>已有的 %Ln 行未重复导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad line(s) were not imported.</source>
        <translation>
            <numerusform>%Ln 行错误，未导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>There is nothing new to import.</source>
        <translation>没有需要导入的新行。</translation>
    </message>
    <message>
        <source>There is nothing new to import. You can save the bad lines to fix them later.</source>
        <translation>没有需要导入的新行。可以保存错误行，稍后修改。</translation>
    </message>
    <message>
        <source>Nothing is imported while a line is bad. You can import the good lines and save the bad ones to fix them later.</source>
        <translation>有错误行时不导入任何内容。也可以只导入正确的行，并保存错误行稍后修改。</translation>
    </message>
    <message>
        <source>Nothing is written yet. The lines already known are left out.</source>
        <translation>尚未写入任何数据。已有的行不会重复导入。</translation>
    </message>
    <message>
        <source>Nothing is written yet.</source>
        <translation>尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>&amp;Bad lines:</source>
        <translation>错误行(&amp;B)：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln new line(s)</source>
        <translation>
            <numerusform>导入 %Ln 个新行(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the &amp;good lines and save the bad ones…</source>
        <translation>导入正确的行并保存错误行(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Save the bad lines…</source>
        <translation>保存错误行(&amp;S)…</translation>
    </message>
    <message>
        <source>Import &amp;nothing</source>
        <translation>不导入(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new line(s)</source>
        <translation>
            <numerusform>%Ln 行新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) already known</source>
        <translation>
            <numerusform>%Ln 行已有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad line(s)</source>
        <translation>
            <numerusform>%Ln 行错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceFileMatcher</name>
    <message>
        <source>No file in the folder has invoice number %1 or order ID %2 in its name.</source>
        <translation>文件夹中没有文件名含发票号 %1 或订单号 %2 的文件。</translation>
    </message>
    <message>
        <source>Several files could be this invoice&apos;s: %1.</source>
        <translation>多个文件都可能是这张发票的：%1。</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>The order was refunded: mark the request refunded instead of issuing it.</source>
        <translation>订单已退款：请将申请标记为已退款，不要开票。</translation>
    </message>
    <message>
        <source>%1 (refunded)</source>
        <translation>%1（已退款）</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户ID</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票编号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>发票金额</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>发票状态</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Invoiced at</source>
        <translation>开票时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>%1 (last try failed)</source>
        <translation>%1（上次尝试失败）</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>云市场</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>Choose the buyer.</source>
        <translation>请选择买家。</translation>
    </message>
    <message>
        <source>Choose the vendor.</source>
        <translation>请选择服务商。</translation>
    </message>
    <message>
        <source>Choose at least one order.</source>
        <translation>请至少选择一个订单。</translation>
    </message>
    <message>
        <source>Choose the mailing address of the paper invoice.</source>
        <translation>请选择纸质发票的邮寄地址。</translation>
    </message>
    <message>
        <source>The request has no identifier.</source>
        <translation>申请缺少标识。</translation>
    </message>
    <message>
        <source>The buyer has no valid invoice title. Enter the title first.</source>
        <translation>买家没有有效的发票抬头，请先填写抬头。</translation>
    </message>
    <message>
        <source>A VAT special invoice needs an enterprise title; the buyer&apos;s title is not one.</source>
        <translation>增值税专用发票需要企业抬头，买家的抬头不是企业抬头。</translation>
    </message>
    <message>
        <source>Only invoices up to %1 may ship cash on delivery.</source>
        <translation>只有不超过 %1 的发票可以到付邮寄。</translation>
    </message>
    <message>
        <source>Order %1 belongs to another buyer or vendor.</source>
        <translation>订单 %1 属于其他买家或服务商。</translation>
    </message>
    <message>
        <source>One of the orders no longer exists.</source>
        <translation>有订单已不存在。</translation>
    </message>
    <message>
        <source>The mailing address no longer exists.</source>
        <translation>邮寄地址已不存在。</translation>
    </message>
    <message>
        <source>Choose the requests to issue.</source>
        <translation>请选择要开具的申请。</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>申请 %1：%2</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <source>The request was changed by someone else. Look at it again.</source>
        <translation>该申请已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>Only a VAT special request that is not issued yet can be switched.</source>
        <translation>只有尚未开具的增值税专用发票申请可以改开普票。</translation>
    </message>
    <message>
        <source>Request %1 was changed by someone else (now: %2). Look at it again.</source>
        <translation>申请 %1 已被他人修改（当前：%2），请重新查看。</translation>
    </message>
    <message>
        <source>A request that is %1 cannot take the step &quot;%2&quot; by the %3.</source>
        <translation>状态为 %1 的申请不能由 %3 执行“%2”。</translation>
    </message>
    <message>
        <source>The order was refunded: mark the request refunded instead of issuing it.</source>
        <translation>订单已退款：请将申请标记为已退款，不要开票。</translation>
    </message>
    <message>
        <source>A VAT special invoice needs an enterprise title. Switch the request to a normal invoice with the buyer&apos;s consent, or correct the title.</source>
        <translation>增值税专用发票需要企业抬头。请征得买家同意后改开普票，或更正抬头。</translation>
    </message>
    <message>
        <source>Invoice number %1 is already on request %2.</source>
        <translation>发票编号 %1 已用于申请 %2。</translation>
    </message>
    <message>
        <source>The order has not been refunded.</source>
        <translation>该订单没有退款。</translation>
    </message>
    <message>
        <source>Only an invoice the buyer has deducted or booked needs a red-letter confirmation form.</source>
        <translation>只有买家已抵扣或入账的发票才需要红字确认单。</translation>
    </message>
    <message>
        <source>The buyer had deducted or booked this invoice: enter the red-letter confirmation number.</source>
        <translation>买家已抵扣或入账该发票：请填写红字确认单号。</translation>
    </message>
    <message>
        <source>Request %1 was changed by someone else. Look at it again.</source>
        <translation>申请 %1 已被他人修改，请重新查看。</translation>
    </message>
</context>
<context>
    <name>InvoiceTitleDialog</name>
    <message>
        <source>Correct the invoice title</source>
        <translation>更正发票抬头</translation>
    </message>
    <message>
        <source>New invoice title</source>
        <translation>新建发票抬头</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>抬头类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>抬头(&amp;T)</translation>
    </message>
    <message>
        <source>Ta&amp;xpayer ID</source>
        <translation>纳税人识别号(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>开户银行(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>开户账号(&amp;A)</translation>
    </message>
    <message>
        <source>Registered a&amp;ddress</source>
        <translation>注册地址(&amp;D)</translation>
    </message>
    <message>
        <source>Registered &amp;phone</source>
        <translation>注册电话(&amp;P)</translation>
    </message>
    <message>
        <source>The buyer has no valid invoice title any more; close and enter a new one.</source>
        <translation>该买家已没有有效的发票抬头，请关闭后重新录入。</translation>
    </message>
</context>
<context>
    <name>InvoiceableAmount</name>
    <message>
        <source>Choose at least one order.</source>
        <translation>请至少选择一个订单。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount %1 exceeds the invoiceable amount %2.</source>
        <translation>金额 %1 超过可开票金额 %2。</translation>
    </message>
    <message>
        <source>The monthly statement %1 (%2) is already on another request and cannot be split.</source>
        <translation>月结账单 %1（%2）已在其他申请中，不能拆分开票。</translation>
    </message>
    <message>
        <source>A monthly statement cannot be split: the amount must cover statement %1 (%2) in full, %3.</source>
        <translation>月结账单不能拆分：金额必须完整覆盖账单 %1（%2）的 %3。</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Search order ID, customer, phone, invoice number or title</source>
        <translation>搜索订单ID、客户、电话、发票编号或抬头</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>Type in a buyer&apos;s invoice request (Ctrl+N)</source>
        <translation>录入买家的发票申请（Ctrl+N）</translation>
    </message>
    <message>
        <source>Issue the current request with its invoice number (Ctrl+I)</source>
        <translation>为当前申请填写发票编号并开票（Ctrl+I）</translation>
    </message>
    <message>
        <source>Issue selected…</source>
        <translation>批量开票…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Switch to normal invoice (buyer agreed)…</source>
        <translation>改开普票（买家已同意）…</translation>
    </message>
    <message>
        <source>Open the invoice file</source>
        <translation>打开发票文件</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import the console&apos;s invoice list…</source>
        <translation>导入控制台发票列表…</translation>
    </message>
    <message>
        <source>Apply the tax software&apos;s results…</source>
        <translation>导入税控软件开票结果…</translation>
    </message>
    <message>
        <source>Export this view to CSV…</source>
        <translation>导出当前视图为 CSV…</translation>
    </message>
    <message>
        <source>Export this view to Excel (XLSX)…</source>
        <translation>导出当前视图为 Excel（XLSX）…</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>导入 / 导出</translation>
    </message>
    <message>
        <source>Invoice requests</source>
        <translation>发票申请</translation>
    </message>
    <message>
        <source>The request could not be read: %1</source>
        <translation>无法读取该申请：%1</translation>
    </message>
    <message>
        <source>This request no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>发票状态</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The order was refunded: mark the request refunded instead of issuing it.</source>
        <translation>订单已退款：请将申请标记为已退款，不要开票。</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>发票金额</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>Switched from a special invoice with the buyer&apos;s consent</source>
        <translation>经买家同意由专票改开普票</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>(not in the console export)</source>
        <translation>（控制台导出中没有）</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户ID</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Monthly statements</source>
        <translation>月结账单</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Issue by</source>
        <translation>开票截止</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票编号</translation>
    </message>
    <message>
        <source>Invoiced at</source>
        <translation>开票时间</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Invoice file</source>
        <translation>发票文件</translation>
    </message>
    <message>
        <source>Why issuing failed</source>
        <translation>开票失败原因</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>退票原因</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Red-letter number</source>
        <translation>红字确认单号</translation>
    </message>
    <message>
        <source>(awaited)</source>
        <translation>（待提供）</translation>
    </message>
    <message>
        <source>Red-letter form lapses</source>
        <translation>红字确认单失效时间</translation>
    </message>
    <message>
        <source>Sent back by</source>
        <translation>退回快递</translation>
    </message>
    <message>
        <source>Why the return was declined</source>
        <translation>退票驳回原因</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <source>A request that is %1 cannot be issued.</source>
        <translation>状态为 %1 的申请不能开票。</translation>
    </message>
    <message>
        <source>Tax software results</source>
        <translation>税控软件开票结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No request of order %1 waits for its invoice.</source>
        <translation>订单 %1 没有待开票的申请。</translation>
    </message>
    <message>
        <source>Order %1 has %2 requests waiting: issue them one by one.</source>
        <translation>订单 %1 有 %2 个待开票申请：请逐个开票。</translation>
    </message>
    <message>
        <source>Why did issuing fail?</source>
        <translation>开票为什么失败？</translation>
    </message>
    <message>
        <source>Why is the return declined?</source>
        <translation>为什么驳回退票？</translation>
    </message>
    <message>
        <source>Red-letter confirmation number (红字确认单号):</source>
        <translation>红字确认单号：</translation>
    </message>
    <message>
        <source>%1: request %2 for order %3, %4. This cannot be undone. Go on?</source>
        <translation>%1：订单 %3 的申请 %2，%4。此操作不能撤回。继续吗？</translation>
    </message>
    <message>
        <source>Switch to normal invoice</source>
        <translation>改开普票</translation>
    </message>
    <message>
        <source>The vendor cannot issue a VAT special invoice. How did the buyer agree to a normal one?</source>
        <translation>服务商不能开具增值税专用发票。买家是如何同意改开普票的？</translation>
    </message>
    <message>
        <source>The invoice file could not be opened.</source>
        <translation>无法打开发票文件。</translation>
    </message>
    <message>
        <source>Console invoice list</source>
        <translation>控制台发票列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>invoice-requests</source>
        <translation>发票申请</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Import buyer titles and addresses…</source>
        <translation>导入买家抬头和地址…</translation>
    </message>
    <message>
        <source>Buyer titles and addresses</source>
        <translation>买家抬头和地址</translation>
    </message>
    <message>
        <source>Issue the selected requests with consecutive numbers (Ctrl+Shift+I)</source>
        <translation>以连续发票号开具所选申请 (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>No invoice requests yet. Type one in with New request, import the console&apos;s invoice list (Import / export), or connect the marketplace in Settings.</source>
        <translation>还没有发票申请。可用“新建申请”录入，从“导入 / 导出”导入控制台发票列表，或在“设置”中连接云市场。</translation>
    </message>
</context>
<context>
    <name>IssueInvoiceDialog</name>
    <message>
        <source>Issue invoice %1</source>
        <translation>开票 %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>发票金额</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>发票状态</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单ID</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>订单类型</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>This order is not in the database (imported from the console).</source>
        <translation>数据库中没有该订单（从控制台导入）。</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Invoice &amp;number</source>
        <translation>发票编号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Courier</source>
        <translation>物流公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>快递编号(&amp;T)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>Choose the invoice file (PDF, XML, OFD)…</source>
        <translation>选择发票文件（PDF、XML、OFD）…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>The order was refunded: this request cannot be issued. Mark it refunded instead.</source>
        <translation>订单已退款：该申请不能开票，请标记为已退款。</translation>
    </message>
    <message>
        <source>This vendor cannot issue VAT special invoices: contact the buyer and switch the request to a normal invoice first.</source>
        <translation>该服务商不能开具增值税专用发票：请先联系买家并改开普票。</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>开票(&amp;I)</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>Invoice file</source>
        <translation>发票文件</translation>
    </message>
    <message>
        <source>Invoice files (*.pdf *.xml *.ofd)</source>
        <translation>发票文件 (*.pdf *.xml *.ofd)</translation>
    </message>
    <message>
        <source>The invoice file is larger than 20 MB.</source>
        <translation>发票文件超过 20 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cash on delivery (到付) allowed: the amount is not above %1.</source>
        <translation>可以到付：金额不超过 %1。</translation>
    </message>
    <message>
        <source>The vendor pays the courier: the amount is above %1.</source>
        <translation>由服务商支付快递费：金额超过 %1。</translation>
    </message>
    <message>
        <source>8 digits, or 20 if fully digitalised</source>
        <translation>8 位数字，数电发票为 20 位</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keyring service runs on this computer (%1).</source>
        <translation>本机没有运行钥匙串服务（%1）。</translation>
    </message>
    <message>
        <source>The keyring refused: %1</source>
        <translation>系统钥匙串拒绝：%1</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>没有 D-Bus 会话总线</translation>
    </message>
</context>
<context>
    <name>ListingText</name>
    <message>
        <source>The vendor&apos;s deposit is paid in full</source>
        <translation>服务商保证金已足额缴纳</translation>
    </message>
    <message>
        <source>The product passed the security review</source>
        <translation>商品已通过安全审核</translation>
    </message>
    <message>
        <source>A product agreement or service terms are shown to buyers</source>
        <translation>已向买家展示商品协议或服务条款</translation>
    </message>
    <message>
        <source>Open-source licences are respected</source>
        <translation>遵守开源许可协议</translation>
    </message>
    <message>
        <source>Title, pictures, attributes, price and description match each other</source>
        <translation>标题、图片、属性、价格与描述一致</translation>
    </message>
    <message>
        <source>The description embeds no link outside the platform</source>
        <translation>描述中未嵌入站外链接</translation>
    </message>
    <message>
        <source>The vendor&apos;s website has a page for the product that states the partnership and links back to it</source>
        <translation>服务商官网有该商品页面，注明合作关系并链接回云市场商品页</translation>
    </message>
    <message>
        <source>A delisting plan says how buyers keep using it and how ownership moves</source>
        <translation>有下架方案：已购买家如何继续使用、归属如何转移</translation>
    </message>
    <message>
        <source>No exaggeration, no selling outside the marketplace, no separate user registration</source>
        <translation>无夸大用语，不引导站外交易，不要求另行注册用户体系</translation>
    </message>
    <message>
        <source>exaggeration</source>
        <translation>夸大用语</translation>
    </message>
    <message>
        <source>link outside the platform</source>
        <translation>站外链接</translation>
    </message>
    <message>
        <source>selling outside the marketplace</source>
        <translation>站外交易</translation>
    </message>
    <message>
        <source>separate registration</source>
        <translation>另行注册</translation>
    </message>
    <message>
        <source>Nothing flagged</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>MailingAddressDialog</name>
    <message>
        <source>Use this address by default</source>
        <translation>设为默认地址</translation>
    </message>
    <message>
        <source>New mailing address</source>
        <translation>新建邮寄地址</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>收件人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>省份(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>详细地址(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation>邮编(&amp;O)</translation>
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
    <message>
        <source>Invoice requests</source>
        <translation>发票申请</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>服务交付</translation>
    </message>
    <message>
        <source>Due jobs failed: %1</source>
        <translation>到期任务执行失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) accepted automatically after the acceptance period.</source>
        <translation>
            <numerusform>%n 个交付超过验收期，已自动验收。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n red-letter form(s) lapsed: raise them again.</source>
        <translation>
            <numerusform>%n 张红字确认单已失效，请重新发起。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>入驻申请</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>目录维护</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s) suspended: the deposit was not topped up in time.</source>
        <translation>
            <numerusform>%n 家服务商因未按时补足保证金被暂停展示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>已重新连接到服务器。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) delisted for having no orders.</source>
        <translation>
            <numerusform>%n 个商品因长期无订单已下架。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server is lost; MarketDesk keeps trying.</source>
        <translation>与服务器的连接已断开，MarketDesk 正在重试。</translation>
    </message>
</context>
<context>
    <name>MarketplaceBar</name>
    <message>
        <source>Marketplace</source>
        <translation>云市场</translation>
    </message>
    <message>
        <source>Pull requests now</source>
        <translation>立即拉取开票申请</translation>
    </message>
    <message>
        <source>Send waiting results now</source>
        <translation>立即回传待发送结果</translation>
    </message>
    <message>
        <source>Retry refused results of the selected requests</source>
        <translation>重新回传所选申请被拒绝的结果</translation>
    </message>
    <message>
        <source>Alibaba Cloud Marketplace: pull requests (Ctrl+Shift+M), send results</source>
        <translation>阿里云云市场：拉取申请（Ctrl+Shift+M），回传结果</translation>
    </message>
    <message numerus="yes">
        <source>Pulled at %1: %n new</source>
        <translation>
            <numerusform>%1 拉取：新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n changed</source>
        <translation>
            <numerusform>，更新 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>No marketplace connected (Settings ▸ Marketplace)</source>
        <translation>未连接云市场（设置 ▸ 云市场）</translation>
    </message>
    <message>
        <source>Pulling from the marketplace…</source>
        <translation>正在从云市场拉取…</translation>
    </message>
    <message>
        <source>Marketplace connected</source>
        <translation>已连接云市场</translation>
    </message>
    <message numerus="yes">
        <source> · %n result(s) waiting to send</source>
        <translation>
            <numerusform> · %n 条结果待回传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused</source>
        <translation>
            <numerusform> · %n 条被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected requests has a refused result.</source>
        <translation>所选申请中没有被拒绝的结果。</translation>
    </message>
</context>
<context>
    <name>MarketplaceFailure</name>
    <message>
        <source>The marketplace refused the AccessKey (%1). Check the AccessKey ID, the secret and the sub-account&apos;s permissions in Settings.</source>
        <translation>云市场拒绝了该 AccessKey（%1）。请在设置中检查 AccessKey ID、密钥和子账号权限。</translation>
    </message>
    <message>
        <source>The marketplace asks to slow down (%1). MarketDesk tries again in a moment.</source>
        <translation>云市场要求降低请求频率（%1）。MarketDesk 稍后会重试。</translation>
    </message>
    <message>
        <source>The marketplace could not be reached (%1). MarketDesk tries again later.</source>
        <translation>无法连接云市场（%1）。MarketDesk 稍后会重试。</translation>
    </message>
    <message>
        <source>The marketplace had a problem (HTTP %1, %2). MarketDesk tries again later.</source>
        <translation>云市场出现问题（HTTP %1，%2）。MarketDesk 稍后会重试。</translation>
    </message>
    <message>
        <source>The marketplace rejected the call (HTTP %1, %2).</source>
        <translation>云市场拒绝了请求（HTTP %1，%2）。</translation>
    </message>
</context>
<context>
    <name>MarketplaceService</name>
    <message>
        <source>Request %1 changed while it was being saved.</source>
        <translation>申请 %1 在保存时被修改。</translation>
    </message>
</context>
<context>
    <name>MarketplaceSettingsBox</name>
    <message>
        <source>Marketplace</source>
        <translation>云市场</translation>
    </message>
    <message>
        <source>AccessKey ID of a RAM sub-account</source>
        <translation>RAM 子账号的 AccessKey ID</translation>
    </message>
    <message>
        <source>Only for temporary STS credentials</source>
        <translation>仅用于 STS 临时凭证</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3（ACS3-HMAC-SHA256）</translation>
    </message>
    <message>
        <source>1.0 (HMAC-SHA1)</source>
        <translation>1.0（HMAC-SHA1）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>仅手动</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名版本</translation>
    </message>
    <message>
        <source>Pull every</source>
        <translation>拉取间隔</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>断开连接…</translation>
    </message>
    <message>
        <source>The secret shown once when the key was made</source>
        <translation>创建 AccessKey 时仅显示一次的密钥</translation>
    </message>
    <message>
        <source>Stored; type a new one to replace it</source>
        <translation>已保存；输入新密钥可替换</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>已用 %1 连接。</translation>
    </message>
    <message>
        <source>No marketplace connected: MarketDesk works without one.</source>
        <translation>未连接云市场：不连接也可正常使用 MarketDesk。</translation>
    </message>
    <message>
        <source>No keyring service runs on this computer: the secret is kept for this session only and asked for again next time.</source>
        <translation>本机没有运行钥匙串服务：密钥仅在本次会话中保留，下次启动时需重新输入。</translation>
    </message>
    <message>
        <source>AccessKey ID: enter the ID of the sub-account&apos;s AccessKey.</source>
        <translation>AccessKey ID：请输入子账号 AccessKey 的 ID。</translation>
    </message>
    <message>
        <source>AccessKey secret: enter the secret.</source>
        <translation>AccessKey Secret：请输入密钥。</translation>
    </message>
    <message>
        <source>Endpoint: enter an https:// address such as https://market.aliyuncs.com/.</source>
        <translation>接入地址：请输入 https:// 地址，例如 https://market.aliyuncs.com/。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>The marketplace accepted the AccessKey.</source>
        <translation>云市场已接受该 AccessKey。</translation>
    </message>
    <message>
        <source>Remove the AccessKey from this computer? Requests already pulled stay; results waiting to be sent are sent once you connect again.</source>
        <translation>从本机删除 AccessKey？已拉取的申请保留；待回传的结果在重新连接后发送。</translation>
    </message>
</context>
<context>
    <name>MarketplaceSync</name>
    <message numerus="yes">
        <source>Read %n pending request(s) from the marketplace.</source>
        <translation>
            <numerusform>已从云市场读取 %n 条待处理申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the marketplace&apos;s requests up to %1.</source>
        <translation>已保存截至 %1 的云市场申请。</translation>
    </message>
</context>
<context>
    <name>MaterialChangeDialog</name>
    <message>
        <source>Re&amp;ported by the vendor on</source>
        <translation>服务商报备日期(&amp;P)</translation>
    </message>
    <message>
        <source>Record a material change of %1</source>
        <translation>登记 %1 的重大事项变更</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>变更事项(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Took effect on</source>
        <translation>变更生效日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>变更前(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>变更后(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Took effect on</source>
        <translation>变更生效日</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报备日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The report is due by %1, %2 days after the change took effect: %3.</source>
        <translation>须在 %1 前报备（变更生效后 %2 天内）：%3。</translation>
    </message>
    <message>
        <source>Saving renames the vendor.</source>
        <translation>保存后服务商名称随之变更。</translation>
    </message>
</context>
<context>
    <name>MaterialChangeText</name>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <source>Shareholders or controller</source>
        <translation>股东或实际控制人</translation>
    </message>
    <message>
        <source>Other material change</source>
        <translation>其他重大事项</translation>
    </message>
    <message>
        <source>due %1, %2</source>
        <translation>%1 截止，%2</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>已于 %1 报备</translation>
    </message>
    <message numerus="yes">
        <source>reported %1, %n day(s) late</source>
        <translation>
            <numerusform>已于 %1 报备，逾期 %n 天</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>This database is not MarketDesk&apos;s: it holds %n table(s) that MarketDesk did not make (%1). Choose an empty database or one MarketDesk set up; nothing was changed.</source>
        <translation>
            <numerusform>该数据库不是 MarketDesk 的数据库：其中有 %n 张不是 MarketDesk 创建的表（%1）。请选择一个空数据库或由 MarketDesk 建立的数据库；未做任何改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the database was cancelled; it was left at schema %1.</source>
        <translation>已取消数据库更新，数据库仍保持结构版本 %1。</translation>
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
    <name>MoveContract</name>
    <message>
        <source>This step is taken in the contract wizard or the paper-copy request.</source>
        <translation>此步骤在合同向导或纸质合同申请中完成。</translation>
    </message>
    <message>
        <source>Give a reason for this step.</source>
        <translation>请填写此操作的原因。</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>原因最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>MoveDelivery</name>
    <message>
        <source>Describe the step: this step needs a text.</source>
        <translation>请填写说明：此步骤必须填写内容。</translation>
    </message>
    <message>
        <source>The text may have at most %1 characters.</source>
        <translation>内容最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A step may carry at most %1 files.</source>
        <translation>每个步骤最多 %1 个附件。</translation>
    </message>
    <message>
        <source>Every file needs a name.</source>
        <translation>每个附件都需要文件名。</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 超过 20 MB。</translation>
    </message>
</context>
<context>
    <name>MoveInvoiceRequest</name>
    <message>
        <source>Attach the invoice file (PDF, XML or OFD).</source>
        <translation>请上传发票文件（PDF、XML 或 OFD）。</translation>
    </message>
    <message>
        <source>The invoice file must be a PDF, XML or OFD file.</source>
        <translation>发票文件必须是 PDF、XML 或 OFD 文件。</translation>
    </message>
    <message>
        <source>The invoice file is larger than 20 MB.</source>
        <translation>发票文件超过 20 MB。</translation>
    </message>
    <message>
        <source>Choose why the invoice is returned.</source>
        <translation>请选择退票原因。</translation>
    </message>
    <message>
        <source>Explain the return in a few words.</source>
        <translation>请简要说明退票原因。</translation>
    </message>
    <message>
        <source>The explanation may have at most %1 characters.</source>
        <translation>说明最多 %1 个字。</translation>
    </message>
</context>
<context>
    <name>MoveVendor</name>
    <message>
        <source>Choose why the vendor leaves.</source>
        <translation>请选择服务商离开的原因。</translation>
    </message>
    <message>
        <source>Say why the vendor&apos;s display is suspended or restored.</source>
        <translation>请说明暂停或恢复展示的原因。</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>备注最多 %1 个字。</translation>
    </message>
</context>
<context>
    <name>NewInvoiceRequestDialog</name>
    <message>
        <source>New invoice request</source>
        <translation>新建发票申请</translation>
    </message>
    <message>
        <source>Customer ID or name</source>
        <translation>客户ID或名称</translation>
    </message>
    <message>
        <source>Find &amp;buyer</source>
        <translation>查找买家(&amp;B)</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>服务商(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>Invoice &amp;type</source>
        <translation>发票类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>发票介质(&amp;M)</translation>
    </message>
    <message>
        <source>Mailing a&amp;ddress</source>
        <translation>邮寄地址(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>No valid invoice title: enter the buyer&apos;s title first.</source>
        <translation>没有有效的发票抬头：请先填写买家的抬头。</translation>
    </message>
    <message>
        <source>%1 — invoiceable %2</source>
        <translation>%1 — 可开票 %2</translation>
    </message>
    <message>
        <source> — monthly statement %1, invoiced whole</source>
        <translation> — 月结账单 %1，须整单开票</translation>
    </message>
    <message>
        <source>Tick the orders to invoice.</source>
        <translation>请勾选要开票的订单。</translation>
    </message>
    <message>
        <source>Invoiceable %1 = cash paid %2 − refunded %3 − already requested or invoiced %4. Vouchers and coupons (%5) are not invoiceable.</source>
        <translation>可开票金额 %1 = 现金实付 %2 − 已退款 %3 − 已申请或已开票 %4。代金券和优惠券（%5）不可开票。</translation>
    </message>
    <message>
        <source>T&amp;itle…</source>
        <translation>抬头(&amp;I)…</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s invoice title or correct it</source>
        <translation>填写或更正买家的发票抬头</translation>
    </message>
    <message>
        <source>Choose the buyer.</source>
        <translation>请选择买家。</translation>
    </message>
    <message>
        <source>Add add&amp;ress…</source>
        <translation>添加地址(&amp;R)…</translation>
    </message>
    <message>
        <source>A request typed at %1 was never saved.</source>
        <translation>%1 录入的一条申请尚未保存。</translation>
    </message>
    <message>
        <source>The buyer pays the courier on delivery (到付, up to %1)</source>
        <translation>买家到付快递费（到付，不超过 %1）</translation>
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
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>发票金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Ask for a refund…</source>
        <translation>申请退款…</translation>
    </message>
    <message>
        <source>Record the buyer&apos;s refund request; the policy is shown first (Ctrl+R)</source>
        <translation>录入买家的退款申请，先显示退款规则（Ctrl+R）</translation>
    </message>
    <message>
        <source>Approve refund…</source>
        <translation>同意退款…</translation>
    </message>
    <message>
        <source>Decline refund…</source>
        <translation>拒绝退款…</translation>
    </message>
    <message>
        <source>%1
Declined: %2</source>
        <translation>%1
拒绝原因：%2</translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation>由 %1 于 %2 审核</translation>
    </message>
    <message>
        <source>Requested by %1</source>
        <translation>由 %1 录入</translation>
    </message>
    <message>
        <source>No orders yet. Orders come from the marketplace: connect it in Settings ▸ Marketplace.</source>
        <translation>还没有订单。订单来自云市场：请在“设置 ▸ 云市场”中连接。</translation>
    </message>
    <message>
        <source>Search order ID, customer ID or phone</source>
        <translation>搜索订单号、客户 ID 或联系电话</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
</context>
<context>
    <name>PaperCopyDialog</name>
    <message>
        <source>Paper copies of contract %1</source>
        <translation>合同 %1 的纸质合同</translation>
    </message>
    <message numerus="yes">
        <source>Paper copies are requested once per contract and mailed within %n working day(s). The address cannot be changed once submitted.</source>
        <translation>
            <numerusform>每份合同只能申请一次纸质合同，将在 %n 个工作日内寄出。地址提交后不可更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>份数(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>收件人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>邮编(&amp;O)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>申请(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Send %n copy(ies) to %1, %2 %3? The address cannot be changed afterwards.</source>
        <translation>
            <numerusform>将 %n 份寄往 %1，%2 %3？地址提交后不可更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMailingDialog</name>
    <message>
        <source>To</source>
        <translation>寄往</translation>
    </message>
    <message>
        <source>&amp;Courier</source>
        <translation>快递公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>运单号(&amp;T)</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
</context>
<context>
    <name>PartyAEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>联系邮箱(&amp;E)</translation>
    </message>
</context>
<context>
    <name>PermissionText</name>
    <message>
        <source>List invoice requests</source>
        <translation>查看开票申请</translation>
    </message>
    <message>
        <source>Enter invoice requests and buyer actions</source>
        <translation>录入开票申请和买家操作</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <source>Handle returns and refunds of invoice requests</source>
        <translation>处理开票申请的退票和退款</translation>
    </message>
    <message>
        <source>Void invoices</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <source>Enter and correct vendor applications</source>
        <translation>录入并更正服务商入驻申请</translation>
    </message>
    <message>
        <source>Review, approve and reject applications</source>
        <translation>审核、批准和驳回申请</translation>
    </message>
    <message>
        <source>Record deposit payments, deductions and surcharges</source>
        <translation>登记保证金缴纳、扣除和补缴</translation>
    </message>
    <message>
        <source>Record violations</source>
        <translation>登记违规</translation>
    </message>
    <message>
        <source>Edit vendors and suspend or restore them</source>
        <translation>编辑服务商并暂停或恢复其资格</translation>
    </message>
    <message>
        <source>Let vendors exit and confirm expulsions</source>
        <translation>办理服务商退出并确认清退</translation>
    </message>
    <message>
        <source>Record buyers&apos; refund requests</source>
        <translation>登记买家退款申请</translation>
    </message>
    <message>
        <source>Approve or decline refunds</source>
        <translation>批准或驳回退款</translation>
    </message>
    <message>
        <source>Work service deliveries</source>
        <translation>处理服务交付</translation>
    </message>
    <message>
        <source>Draft and move contracts</source>
        <translation>起草并推进合同</translation>
    </message>
    <message>
        <source>Edit settings and the holiday calendar</source>
        <translation>编辑设置和节假日日历</translation>
    </message>
    <message>
        <source>Edit markets, checklists and violation types</source>
        <translation>编辑市场、检查清单和违规类型</translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation>管理用户和角色</translation>
    </message>
    <message>
        <source>Enter and change products and submit them for review</source>
        <translation>录入、修改商品并提交上架审核</translation>
    </message>
    <message>
        <source>Review, list, reject and delist products</source>
        <translation>审核商品：上架、驳回、下架</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>e.g. 1,280.00</source>
        <translation>例如 1,280.00</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>服务商(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>类目(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>商品名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delivery type</source>
        <translation>交付方式(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Price (¥)</source>
        <translation>价格（元）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Warranty</source>
        <translation>质保期(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>商品描述(&amp;E)</translation>
    </message>
    <message>
        <source>Wording check</source>
        <translation>用语检查</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>质保期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>商品描述</translation>
    </message>
    <message>
        <source>Nothing flagged.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Flagged for the reviewer: %1</source>
        <translation>提请审核员注意：%1</translation>
    </message>
    <message>
        <source>Saving takes %1 off sale until it is reviewed again: a changed software or tool product needs a new security review.</source>
        <translation>保存后 %1 将暂停销售，直至重新审核通过：软件或工具类商品更新后须重新安全审核。</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Delivery type</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近订单</translation>
    </message>
</context>
<context>
    <name>ProductReviewDialog</name>
    <message>
        <source>Reason: why the product is rejected; the vendor reads it</source>
        <translation>理由：驳回的原因，服务商可见</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>审核清单</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;List it</source>
        <translation>上架(&amp;L)</translation>
    </message>
    <message>
        <source>Description (flagged words marked)</source>
        <translation>商品描述（问题用语已标出）</translation>
    </message>
    <message>
        <source>Listing checklist: tick each item that is met (Space), note what you checked (F2)</source>
        <translation>上架审核清单：逐项勾选符合的条件（空格），备注核查情况（F2）</translation>
    </message>
    <message>
        <source>The product could not be read: %1</source>
        <translation>无法读取商品：%1</translation>
    </message>
    <message>
        <source>Listing review: %1</source>
        <translation>上架审核：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 · %4 · %5 · %6&lt;br&gt;Warranty %7 days</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 · %4 · %5 · %6&lt;br&gt;质保期 %7 天</translation>
    </message>
    <message>
        <source>Rejected before: %1</source>
        <translation>上次驳回：%1</translation>
    </message>
    <message>
        <source>Wording check: %1</source>
        <translation>用语检查：%1</translation>
    </message>
    <message>
        <source>Every item is ticked.</source>
        <translation>所有条目均已勾选。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) not ticked yet.</source>
        <translation>
            <numerusform>%1 项中还有 %n 项未勾选。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deposit %1 paid of %2 due</source>
        <translation>保证金已缴 %1，应缴 %2</translation>
    </message>
    <message>
        <source>%1, &lt;b&gt;%2 short&lt;/b&gt;</source>
        <translation>%1，&lt;b&gt;尚缺 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The deposit could not be read: %1</source>
        <translation>无法读取保证金：%1</translation>
    </message>
    <message>
        <source>no security review for a manual service</source>
        <translation>人工服务无需安全审核</translation>
    </message>
    <message>
        <source>&lt;b&gt;security review not passed yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;尚未通过安全审核&lt;/b&gt;</translation>
    </message>
    <message>
        <source>security review passed %1</source>
        <translation>%1 通过安全审核</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>The product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Reopen it.</source>
        <translation>%1 已被他人修改，请重新打开。</translation>
    </message>
    <message>
        <source>%1 is under review; it can be changed once it is listed or rejected.</source>
        <translation>%1 正在审核中；上架或被驳回后才能修改。</translation>
    </message>
    <message>
        <source>The vendor was not admitted to this market.</source>
        <translation>该服务商未入驻此类目。</translation>
    </message>
    <message>
        <source>The product was changed by someone else. Reopen it.</source>
        <translation>该商品已被他人修改，请重新打开。</translation>
    </message>
    <message>
        <source>Checklist items are ticked while the product is under review.</source>
        <translation>只有在商品审核中时才能勾选审核条目。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Look at it again.</source>
        <translation>%1 已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>%1 has moved on meanwhile; look at it again.</source>
        <translation>%1 的状态已变化，请重新查看。</translation>
    </message>
    <message>
        <source>The deposit of %1 is %2 short; a product is listed only once it is paid in full.</source>
        <translation>%1 的保证金还差 %2；保证金足额缴纳后商品才能上架。</translation>
    </message>
    <message>
        <source>The product was changed by someone else. Look at it again.</source>
        <translation>该商品已被他人修改，请重新查看。</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Search product, vendor or description</source>
        <translation>搜索商品、服务商或描述</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>新建商品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the product; a listed software or tool product goes back to review (Ctrl+E)</source>
        <translation>修改商品；已上架的软件或工具类商品将重新审核（Ctrl+E）</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Ask the marketplace to review the product for listing (Ctrl+Shift+Enter)</source>
        <translation>提交云市场进行上架审核（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>Open the listing checklist and decide (Ctrl+R, or Enter on a row)</source>
        <translation>打开上架审核清单并作出决定（Ctrl+R，或在行上按回车）</translation>
    </message>
    <message>
        <source>Delist…</source>
        <translation>下架…</translation>
    </message>
    <message>
        <source>Take the product off sale, with the reason (Ctrl+Shift+D)</source>
        <translation>下架商品并注明理由（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>The product could not be read: %1</source>
        <translation>无法读取商品：%1</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Delivery type</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>质保期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>审核清单</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>已勾选 %1/%2</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>安全审核</translation>
    </message>
    <message>
        <source>Passed %1</source>
        <translation>%1 通过</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未通过</translation>
    </message>
    <message>
        <source>Wording check</source>
        <translation>用语检查</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Listed at</source>
        <translation>上架时间</translation>
    </message>
    <message>
        <source>Delisted if no order by</source>
        <translation>无新订单将于此时下架</translation>
    </message>
    <message numerus="yes">
        <source>%1 (no order for %n month(s))</source>
        <translation>
            <numerusform>%1（连续 %n 个月无订单）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>商品描述</translation>
    </message>
    <message>
        <source>Delist %1</source>
        <translation>下架 %1</translation>
    </message>
    <message>
        <source>Why is the product taken off sale? The vendor reads the reason.</source>
        <translation>为什么下架该商品？服务商可以看到理由。</translation>
    </message>
    <message>
        <source>%1 was not changed</source>
        <translation>%1 未修改</translation>
    </message>
    <message>
        <source>No products yet. Add one with New product….</source>
        <translation>还没有商品。可用“新建商品…”添加。</translation>
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
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Who else is editing this record could not be read: %1</source>
        <translation>无法读取还有谁在编辑此记录：%1</translation>
    </message>
    <message>
        <source>Being edited by %1</source>
        <translation>正在编辑：%1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln row(s); counting…</source>
        <translation>
            <numerusform>已显示 %Ln 行；正在计数…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln row(s)</source>
        <translation>
            <numerusform>已显示 %1 行，共 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 · %3 overdue)</source>
        <translation>%1（%2 · 超期 %3）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln row(s); the counts could not be read: %1</source>
        <translation>
            <numerusform>已显示 %Ln 行；无法读取计数：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>这里还没有内容。</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>无法读取列表。</translation>
    </message>
    <message>
        <source>Nothing matches the search or the column filters.</source>
        <translation>没有符合搜索或列筛选条件的记录。</translation>
    </message>
    <message>
        <source>Nothing in this tab.</source>
        <translation>此标签下没有记录。</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>RecordDepositEntry</name>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>The deposit holds only %1; no more can be taken from it.</source>
        <translation>保证金余额只有 %1，不能扣除更多。</translation>
    </message>
    <message>
        <source>Enter the receipt number: 4 to 32 letters, digits or hyphens.</source>
        <translation>请输入收据编号：4 到 32 位字母、数字或连字符。</translation>
    </message>
    <message>
        <source>Say why the deposit is deducted.</source>
        <translation>请说明扣除保证金的原因。</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>原因最多 %1 个字。</translation>
    </message>
    <message>
        <source>Name the settlement the amount is taken from.</source>
        <translation>请写明从哪一期结算扣取。</translation>
    </message>
</context>
<context>
    <name>RecordMaterialChange</name>
    <message>
        <source>Enter the date the change took effect.</source>
        <translation>请填写变更生效日期。</translation>
    </message>
    <message>
        <source>The report cannot come in the future.</source>
        <translation>报备日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter what it is now.</source>
        <translation>请填写变更后的内容。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This is what it was before; nothing changed.</source>
        <translation>与变更前相同，没有变化。</translation>
    </message>
</context>
<context>
    <name>RecordViolation</name>
    <message>
        <source>Choose the type of violation.</source>
        <translation>请选择违规类型。</translation>
    </message>
    <message>
        <source>Enter the date the violation occurred.</source>
        <translation>请输入违规发生日期。</translation>
    </message>
    <message>
        <source>The violation cannot have occurred in the future.</source>
        <translation>违规发生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>请描述违规情况。</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>描述最多 %1 个字。</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 超过 20 MB。</translation>
    </message>
</context>
<context>
    <name>ReentryRule</name>
    <message>
        <source>%1 is already a vendor on the marketplace.</source>
        <translation>%1 已是云市场的服务商。</translation>
    </message>
    <message>
        <source>%1 was expelled from the marketplace and may not apply again.</source>
        <translation>%1 已被清退，不得再次申请入驻。</translation>
    </message>
    <message>
        <source>%1 left the marketplace of its own accord; it may apply again from %2.</source>
        <translation>%1 曾主动退出云市场，%2 起方可重新申请。</translation>
    </message>
</context>
<context>
    <name>RefundFlow</name>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <source>This order no longer exists.</source>
        <translation>此订单已不存在。</translation>
    </message>
    <message>
        <source>The refund could not be read: %1</source>
        <translation>无法读取退款：%1</translation>
    </message>
    <message>
        <source>Order %1 has no refund waiting for a decision.</source>
        <translation>订单 %1 没有待审核的退款。</translation>
    </message>
    <message>
        <source>Order %1: %2, %3.</source>
        <translation>订单 %1：%2，%3。</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>同意退款</translation>
    </message>
    <message>
        <source>%1
Approve the refund? The amount is refunded on the order.</source>
        <translation>%1
同意退款？该金额将在订单上退还。</translation>
    </message>
    <message>
        <source>Decline refund</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <source>%1
Why is the refund declined?</source>
        <translation>%1
拒绝退款的原因？</translation>
    </message>
</context>
<context>
    <name>RefundPolicy</name>
    <message>
        <source>A refund request of this order is waiting for the platform&apos;s decision.</source>
        <translation>此订单有退款申请正在等待平台审核。</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this order.</source>
        <translation>此订单已无可退金额。</translation>
    </message>
    <message>
        <source>Application product paid less than %1 days ago: full refund.</source>
        <translation>应用软件类商品付款不足 %1 天：全额退款。</translation>
    </message>
    <message>
        <source>The %1-day refund guarantee of application products has ended: a refund needs a reason and an agreed amount, and the platform decides.</source>
        <translation>应用软件类商品的 %1 天退款保障已过：退款需选择原因并填写双方协商的金额，由平台审核。</translation>
    </message>
    <message>
        <source>The delivery is already being refunded.</source>
        <translation>该交付已在退款中。</translation>
    </message>
    <message>
        <source>Service product whose requirement the vendor has not confirmed: full refund; the delivery pauses until the platform decides.</source>
        <translation>服务类商品且服务商尚未确认需求：全额退款；平台审核前交付流程暂停。</translation>
    </message>
    <message>
        <source>The vendor has confirmed the requirement: the refund goes through a platform ticket, with a reason and the amount agreed with the vendor.</source>
        <translation>服务商已确认需求：退款需通过平台工单办理，选择原因并填写与服务商协商的金额。</translation>
    </message>
    <message>
        <source>Tool products carry no refund guarantee: a refund needs a reason and an agreed amount, and the platform decides.</source>
        <translation>工具类商品不提供退款保障：退款需选择原因并填写协商金额，由平台审核。</translation>
    </message>
</context>
<context>
    <name>RefundRequestDialog</name>
    <message>
        <source>Refund request for order %1</source>
        <translation>订单 %1 的退款申请</translation>
    </message>
    <message>
        <source>Within the guarantee the whole amount is refunded.</source>
        <translation>保障期内全额退款。</translation>
    </message>
    <message>
        <source>The amount agreed between buyer and vendor, at most %1.</source>
        <translation>买家与服务商协商的金额，最多 %1。</translation>
    </message>
    <message>
        <source>What the buyer said, at most %1 characters</source>
        <translation>买家的说明，最多 %1 个字符</translation>
    </message>
    <message>
        <source>Guarantee ends</source>
        <translation>保障期截止</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amount (¥)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>说明(&amp;T)</translation>
    </message>
    <message>
        <source>Submit refund request</source>
        <translation>提交退款申请</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>The refund has no identifier.</source>
        <translation>退款缺少标识。</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>The refund no longer exists.</source>
        <translation>该退款已不存在。</translation>
    </message>
    <message>
        <source>The refund was changed by someone else. Look at it again.</source>
        <translation>该退款已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>The refund was decided already.</source>
        <translation>该退款已审核。</translation>
    </message>
    <message>
        <source>The refund is larger than what is left to refund on the order.</source>
        <translation>退款金额超过订单剩余可退金额。</translation>
    </message>
</context>
<context>
    <name>ReportMaterialChange</name>
    <message>
        <source>Enter the date the vendor reported the change.</source>
        <translation>请填写服务商报备变更的日期。</translation>
    </message>
    <message>
        <source>The report cannot come in the future.</source>
        <translation>报备日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>RequestPaperCopy</name>
    <message>
        <source>Ask for 1 or %1 paper copies.</source>
        <translation>纸质合同可申请 1 至 %1 份。</translation>
    </message>
</context>
<context>
    <name>RequestRefund</name>
    <message>
        <source>Choose one of the reasons offered for this order.</source>
        <translation>请选择此订单可用的退款原因之一。</translation>
    </message>
    <message>
        <source>Say why the buyer asks for the refund.</source>
        <translation>请说明买家申请退款的原因。</translation>
    </message>
    <message>
        <source>The text may have at most %1 characters.</source>
        <translation>内容最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Within the guarantee the refund is the full %1.</source>
        <translation>保障期内退款金额为全额 %1。</translation>
    </message>
    <message>
        <source>Enter an amount between 0.01 and %1.</source>
        <translation>请输入 0.01 到 %1 之间的金额。</translation>
    </message>
</context>
<context>
    <name>ReturnRequestDialog</name>
    <message>
        <source>The buyer has already deducted or booked this invoice (已抵扣/入账)</source>
        <translation>买家已抵扣或入账该发票（已抵扣/入账）</translation>
    </message>
    <message>
        <source>Return request for invoice %1</source>
        <translation>发票 %1 的退票申请</translation>
    </message>
    <message>
        <source>Red-letter confirmation number, if the buyer has it</source>
        <translation>红字确认单号（买家已有时填写）</translation>
    </message>
    <message>
        <source>At most 100 characters</source>
        <translation>最多 100 个字</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Red-&amp;letter number</source>
        <translation>红字确认单号(&amp;L)</translation>
    </message>
    <message>
        <source>Returned by &amp;courier</source>
        <translation>退回物流公司(&amp;C)</translation>
    </message>
    <message>
        <source>Return &amp;tracking number</source>
        <translation>退回快递编号(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>说明(&amp;X)</translation>
    </message>
</context>
<context>
    <name>ReviewProduct</name>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>理由最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Say why the product is rejected; the vendor sees it.</source>
        <translation>请说明驳回理由；服务商可见。</translation>
    </message>
    <message>
        <source>Say why the product is taken off sale.</source>
        <translation>请说明下架理由。</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) are not ticked. A product is listed only when every item is.</source>
        <translation>
            <numerusform>还有 %n 项审核条目未勾选。全部勾选后商品才能上架。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <source>e.g. auditor: lower-case letters, digits, _</source>
        <translation>例如 auditor：小写字母、数字、_</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>标识(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>权限(&amp;P)</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Nothing can be done with this record now</source>
        <translation>此记录当前没有可执行的操作</translation>
    </message>
</context>
<context>
    <name>RuleSettingsBox</name>
    <message>
        <source>Deadlines and limits</source>
        <translation>时限与限额</translation>
    </message>
    <message>
        <source>Invoice requests</source>
        <translation>发票申请</translation>
    </message>
    <message>
        <source>Days to issue</source>
        <translation>开票期限天数</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>个自然日</translation>
    </message>
    <message>
        <source>working days (holiday calendar)</source>
        <translation>个工作日（按节假日日历）</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Issue &amp;within</source>
        <translation>开票时限(&amp;W)</translation>
    </message>
    <message>
        <source>Cash on delivery up to</source>
        <translation>可到付金额上限</translation>
    </message>
    <message>
        <source>Returns processed within</source>
        <translation>退票处理时限</translation>
    </message>
    <message>
        <source>Red-letter form confirmed within</source>
        <translation>红字确认单确认时限</translation>
    </message>
    <message>
        <source>Service deliveries</source>
        <translation>服务交付</translation>
    </message>
    <message>
        <source>Accepted automatically after</source>
        <translation>自动验收期限</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>Top up within</source>
        <translation>补足保证金时限</translation>
    </message>
    <message>
        <source>Surcharge proposed after more than</source>
        <translation>提议追加保证金的扣除次数超过</translation>
    </message>
    <message>
        <source>Surcharge for a year</source>
        <translation>追加保证金金额（一年）</translation>
    </message>
    <message>
        <source>Vendors and products</source>
        <translation>服务商与商品</translation>
    </message>
    <message>
        <source>Expulsion proposed at</source>
        <translation>提议清退的年度扣分</translation>
    </message>
    <message>
        <source>May apply again after own exit</source>
        <translation>主动退出后可重新申请的间隔</translation>
    </message>
    <message>
        <source>Delisted without an order for</source>
        <translation>无订单强制下架期限</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Paper copies mailed within</source>
        <translation>纸质合同寄出时限</translation>
    </message>
    <message>
        <source>&amp;Save deadlines and limits</source>
        <translation>保存时限与限额(&amp;S)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> working day(s)</source>
        <translation>
            <numerusform> 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <translation>
            <numerusform> 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> point(s) in a year</source>
        <translation>
            <numerusform> 分（每年）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> deduction(s) in 12 months</source>
        <translation>
            <numerusform> 次（12 个月内）</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines already set on a request, a delivery or a contract keep their time; the other figures count from the moment they are saved.</source>
        <translation>已在发票申请、交付单或合同上确定的截止时间保持不变；其他数值自保存时起生效。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有修改任何数值。</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Else taken from the settlement on day</source>
        <translation>逾期未补足时扣取的结算日（每月）</translation>
    </message>
    <message>
        <source> of each month</source>
        <translation> 日</translation>
    </message>
</context>
<context>
    <name>SaveApplication</name>
    <message>
        <source>Choose the province and then the city of registration.</source>
        <translation>请先选择注册所在省份，再选择城市。</translation>
    </message>
    <message>
        <source>The main business may have at most %1 characters.</source>
        <translation>主营业务最多 %1 个字。</translation>
    </message>
    <message>
        <source>The number of service staff cannot be negative.</source>
        <translation>服务人员数量不能为负数。</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 超过 20 MB。</translation>
    </message>
    <message>
        <source>Describe the main business and strengths.</source>
        <translation>请填写主营业务及相关优势。</translation>
    </message>
    <message>
        <source>Choose at least one market to enter.</source>
        <translation>请至少选择一个入驻类目。</translation>
    </message>
    <message>
        <source>Register the number of service staff.</source>
        <translation>请登记服务人员数量。</translation>
    </message>
    <message>
        <source>Register the service hours, e.g. 5×8 or 7×24.</source>
        <translation>请登记服务时间，例如 5×8 或 7×24。</translation>
    </message>
    <message>
        <source>Register the warranty period.</source>
        <translation>请登记质保期。</translation>
    </message>
    <message>
        <source>All three agreements must be accepted before submitting.</source>
        <translation>提交前须同意全部三项协议。</translation>
    </message>
    <message>
        <source>An enterprise attaches its business licence and the legal representative&apos;s ID.</source>
        <translation>企业须上传营业执照和法定代表人身份证。</translation>
    </message>
    <message>
        <source>An individual vendor attaches an ID card.</source>
        <translation>个人服务商须上传身份证。</translation>
    </message>
</context>
<context>
    <name>SaveCatalogueEntry</name>
    <message>
        <source>The key is 2 to 40 lower-case letters, digits or underscores, starting with a letter.</source>
        <translation>键为 2 到 40 位小写字母、数字或下划线，以字母开头。</translation>
    </message>
    <message>
        <source>Enter the text, at most %1 characters.</source>
        <translation>请输入文字，最多 %1 个字。</translation>
    </message>
    <message>
        <source>The deposit cannot be negative.</source>
        <translation>保证金不能为负数。</translation>
    </message>
    <message>
        <source>Points run from 0 to %1.</source>
        <translation>扣分范围为 0 到 %1。</translation>
    </message>
</context>
<context>
    <name>SaveContractDraft</name>
    <message>
        <source>Choose the buyer account the contract is with.</source>
        <translation>请选择签约的买家账号。</translation>
    </message>
    <message>
        <source>Choose the vendor that signs as party B.</source>
        <translation>请选择作为乙方签约的服务商。</translation>
    </message>
    <message>
        <source>Pick at least one order for this contract.</source>
        <translation>请为本合同至少选择一个订单。</translation>
    </message>
    <message>
        <source>A framework contract lists no orders.</source>
        <translation>框架合同不列订单。</translation>
    </message>
    <message>
        <source>Enter the day the contract starts.</source>
        <translation>请填写合同生效日期。</translation>
    </message>
    <message>
        <source>The contract must end on or after the day it starts.</source>
        <translation>合同截止日期不得早于生效日期。</translation>
    </message>
    <message>
        <source>A draft is saved while filling in, confirming the text or confirming the signature.</source>
        <translation>草稿只能在填写、确认正文或确认签署时保存。</translation>
    </message>
</context>
<context>
    <name>SaveInvoiceTitle</name>
    <message>
        <source>A personal title is always 个人.</source>
        <translation>个人抬头固定为“个人”。</translation>
    </message>
</context>
<context>
    <name>SaveProduct</name>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>请输入商品名称。</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose the vendor that sells the product.</source>
        <translation>请选择销售该商品的服务商。</translation>
    </message>
    <message>
        <source>Choose the market the product is listed in.</source>
        <translation>请选择商品上架的类目。</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The warranty is between 0 and %1 days.</source>
        <translation>质保期为 0 到 %1 天。</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>描述最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>SaveRole</name>
    <message>
        <source>A role key is 1 to %1 lower-case letters, digits or underscores, starting with a letter.</source>
        <translation>角色标识为 1 到 %1 个小写字母、数字或下划线，以字母开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role; choose another key.</source>
        <translation>“%1”是内置角色，请换一个标识。</translation>
    </message>
    <message>
        <source>Grant the role at least one permission.</source>
        <translation>请至少授予该角色一项权限。</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 在 %n 秒内没有应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 was cancelled.</source>
        <translation>已取消连接 %1。</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>--init-server sets up a PostgreSQL server; the embedded SQLite file is a single-user database.</source>
        <translation>--init-server 用于设置 PostgreSQL 服务器；内嵌的 SQLite 文件是单用户数据库。</translation>
    </message>
    <message>
        <source>The server setup script is missing from this build.</source>
        <translation>此版本缺少服务器设置脚本。</translation>
    </message>
    <message>
        <source>The role prefix %1 is too long for PostgreSQL role names.</source>
        <translation>角色前缀 %1 超出 PostgreSQL 角色名的长度限制。</translation>
    </message>
    <message>
        <source>The server could not be set up: %1</source>
        <translation>无法设置服务器：%1</translation>
    </message>
    <message>
        <source>Users are added on a PostgreSQL team server; the embedded SQLite file has a single user.</source>
        <translation>用户需添加到 PostgreSQL 团队服务器上；内嵌的 SQLite 文件只有一个用户。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; must be 1 to 48 lower-case letters, digits or underscores, not starting with a digit.</source>
        <translation>用户名“%1”须为 1 到 48 位小写字母、数字或下划线，且不能以数字开头。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Run --init-server on this database first.</source>
        <translation>请先在此数据库上运行 --init-server。</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>没有角色“%1”。</translation>
    </message>
    <message>
        <source>There is no vendor with the ID or name &quot;%1&quot;.</source>
        <translation>没有 ID 或名称为“%1”的服务商。</translation>
    </message>
    <message>
        <source>Several vendors are named &quot;%1&quot;; give the vendor&apos;s ID.</source>
        <translation>有多家服务商名为“%1”，请提供服务商 ID。</translation>
    </message>
    <message>
        <source>A %1 belongs to one vendor: give --vendor.</source>
        <translation>%1 必须属于一家服务商：请提供 --vendor。</translation>
    </message>
    <message>
        <source>A %1 is marketplace staff and belongs to no vendor.</source>
        <translation>%1 是云市场员工，不属于任何服务商。</translation>
    </message>
    <message>
        <source>A login role named &quot;%1&quot; already exists on this server.</source>
        <translation>服务器上已存在名为“%1”的登录角色。</translation>
    </message>
    <message>
        <source>The user could not be added: %1</source>
        <translation>无法添加用户：%1</translation>
    </message>
    <message>
        <source>Roles are kept on a PostgreSQL team server; the embedded SQLite file has a single user.</source>
        <translation>角色保存在 PostgreSQL 团队服务器上；内嵌的 SQLite 文件只有一个用户。</translation>
    </message>
    <message>
        <source>There is no permission &quot;%1&quot;.</source>
        <translation>没有权限“%1”。</translation>
    </message>
    <message>
        <source>The role could not be saved: %1</source>
        <translation>角色未能保存：%1</translation>
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
    <message>
        <source>MarketDesk will use %1 when it is started without %2, which chooses the database at every start.</source>
        <translation>MarketDesk 将在不带 %2 启动时使用 %1；带着它启动时，数据库每次都由它选定。</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no setting named %1.</source>
        <translation>没有名为 %1 的设置项。</translation>
    </message>
    <message>
        <source>The setting %1 was changed by someone else to %2.</source>
        <translation>设置项 %1 已被他人改为 %2。</translation>
    </message>
    <message>
        <source>The setting %1 was changed by someone else.</source>
        <translation>设置项 %1 已被他人修改。</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的整数。</translation>
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
        <translation>%2 上 %1 的密码：</translation>
    </message>
    <message>
        <source>Setting up the new database…</source>
        <translation>正在建立新数据库…</translation>
    </message>
    <message>
        <source>Updating the database for this version of MarketDesk…
This happens once; on a large database it can take a minute.</source>
        <translation>正在为此版本的 MarketDesk 更新数据库…
只需更新一次；数据量大时可能需要一分钟左右。</translation>
    </message>
</context>
<context>
    <name>StepSaver</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The server cannot be reached; MarketDesk keeps trying. Try again once the status bar says the connection is back.</source>
        <translation>无法连接服务器，MarketDesk 正在重试。状态栏显示已重新连接后，请再试一次。</translation>
    </message>
</context>
<context>
    <name>SystemReason</name>
    <message>
        <source>Deposit not topped up and still short after the settlement of %1</source>
        <translation>保证金未补足，%1 结算扣取后仍不足</translation>
    </message>
    <message>
        <source>Deposit topped up</source>
        <translation>保证金已补足</translation>
    </message>
    <message numerus="yes">
        <source>No order for %n consecutive month(s)</source>
        <translation>
            <numerusform>连续 %n 个月无订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor expelled</source>
        <translation>服务商已清退</translation>
    </message>
    <message numerus="yes">
        <source>%n deduction(s) within twelve months</source>
        <translation>
            <numerusform>十二个月内扣除 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TaxResultFile</name>
    <message>
        <source>The line has %1 fields; expected 4 (order ID, invoice number, courier, tracking number).</source>
        <translation>该行有 %1 个字段，应为 4 个（订单ID、发票编号、物流公司、快递编号）。</translation>
    </message>
    <message>
        <source>The order ID is empty.</source>
        <translation>订单ID为空。</translation>
    </message>
    <message>
        <source>Give both the courier and the tracking number, or neither.</source>
        <translation>物流公司和快递编号要么都填，要么都不填。</translation>
    </message>
    <message>
        <source>Order ID %1 is already on line %2.</source>
        <translation>订单ID %1 已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>Invoice number %1 is already on line %2.</source>
        <translation>发票编号 %1 已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>The file has no result lines.</source>
        <translation>文件中没有结果行。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Each user logs in to the server as themselves; what they may do follows their roles, and vendor staff see only their own vendor.</source>
        <translation>每位用户以自己的身份登录服务器；可执行的操作由其角色决定，服务商员工只能看到本服务商的数据。</translation>
    </message>
    <message>
        <source>This is the single-user embedded database: there are no other users to add.</source>
        <translation>这是单用户的内嵌数据库，无需添加其他用户。</translation>
    </message>
    <message>
        <source>This server is not set up for a team yet: run marketdesk --init-server as the database&apos;s owner.</source>
        <translation>此服务器尚未设置为团队服务器：请以数据库所有者身份运行 marketdesk --init-server。</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>新建角色(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit role…</source>
        <translation>编辑角色(&amp;E)…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>A built-in role: its permissions are fixed.</source>
        <translation>内置角色：权限固定，不可修改。</translation>
    </message>
</context>
<context>
    <name>VendorChangesTab</name>
    <message>
        <source>Report &amp;received…</source>
        <translation>登记报备(&amp;R)…</translation>
    </message>
    <message>
        <source>The vendor reported the selected awaited change</source>
        <translation>服务商已报备所选的待报备变更</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更事项</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Took effect</source>
        <translation>生效日</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报备</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>No material change recorded. A vendor reports changes of its name, legal representative, address, capital, business scope or owners within %1 days.</source>
        <translation>暂无重大事项变更记录。服务商的名称、法定代表人、地址、注册资本、经营范围或股东发生变更，须在 %1 天内报备。</translation>
    </message>
    <message>
        <source>Every change was reported.</source>
        <translation>所有变更均已报备。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) awaited, %1 overdue.</source>
        <translation>
            <numerusform>%n 项变更待报备，其中 %1 项已逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>登记报备</translation>
    </message>
    <message>
        <source>The vendor reported it on</source>
        <translation>服务商报备日期</translation>
    </message>
</context>
<context>
    <name>VendorDepositTab</name>
    <message>
        <source>Confirm surcharge</source>
        <translation>确认追加</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>不追加</translation>
    </message>
    <message>
        <source>Deposit &amp;receipt PDF…</source>
        <translation>保证金收据 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>Receipt &amp;mailed…</source>
        <translation>收据已寄出(&amp;M)…</translation>
    </message>
    <message>
        <source>Surcharge of %1 for one year proposed: %2.</source>
        <translation>建议追加保证金 %1，期限一年：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Amount due %1 (the highest deposit among %n market(s)%2) · balance %3 · shortfall %4</source>
        <translation>
            <numerusform>应缴 %1（%n 个类目中的最高保证金%2）· 余额 %3 · 待补足 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the surcharge</source>
        <translation>，另加追加保证金</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No product can be listed until the deposit is paid in full.</source>
        <translation>保证金缴足前不能上架商品。</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>追加保证金</translation>
    </message>
    <message>
        <source>Select a payment or top-up first.</source>
        <translation>请先选择一条缴纳或补足记录。</translation>
    </message>
    <message>
        <source>Save deposit receipt</source>
        <translation>保存保证金收据</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Deposit receipt %1 mailed</source>
        <translation>保证金收据 %1 已寄出</translation>
    </message>
    <message>
        <source>deposit-receipt-%1.pdf</source>
        <translation>保证金收据-%1.pdf</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>打印收据(&amp;P)…</translation>
    </message>
    <message>
        <source>Top up by %1; after that the shortfall is taken from the settlement of %2, and the display is suspended if that does not cover it.</source>
        <translation>请在 %1 前补足；逾期差额从 %2 的结算中扣取，仍不足则暂停展示。</translation>
    </message>
    <message>
        <source>Not topped up in time: the shortfall is taken from the settlement of %1 (Record deposit…, Taken from settlement). The display is suspended at %2 unless the deposit is covered.</source>
        <translation>未按时补足：差额从 %1 的结算中扣取（登记保证金…，从结算扣取）。若届时仍不足，将于 %2 暂停展示。</translation>
    </message>
    <message>
        <source>Still short after the settlement of %1: the display is suspended until the deposit is topped up.</source>
        <translation>%1 结算扣取后保证金仍不足：暂停展示，直至补足。</translation>
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
    <message>
        <source>Change report due</source>
        <translation>变更报备截止</translation>
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
    <message>
        <source>%1 was changed by someone else. Look at it again.</source>
        <translation>%1 已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>%1 cannot make this move in its present state.</source>
        <translation>%1 当前状态下不能进行此操作。</translation>
    </message>
    <message>
        <source>%1 has left the marketplace; it reports no more changes.</source>
        <translation>%1 已退出云市场，无需再报备变更。</translation>
    </message>
    <message>
        <source>This is what it was before; nothing changed.</source>
        <translation>与变更前相同，没有变化。</translation>
    </message>
    <message>
        <source>The vendor was changed by someone else meanwhile.</source>
        <translation>该服务商刚被他人修改。</translation>
    </message>
    <message>
        <source>The change no longer exists.</source>
        <translation>该变更已不存在。</translation>
    </message>
    <message>
        <source>The report of this change was recorded already.</source>
        <translation>该变更的报备已登记过。</translation>
    </message>
    <message>
        <source>The change was changed by someone else meanwhile.</source>
        <translation>该变更刚被他人修改。</translation>
    </message>
</context>
<context>
    <name>VendorStanding</name>
    <message>
        <source>The vendor no longer exists.</source>
        <translation>该服务商已不存在。</translation>
    </message>
</context>
<context>
    <name>VendorStatusDialog</name>
    <message>
        <source>Standing of %1</source>
        <translation>%1 的经营状态</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>操作(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 has left the marketplace; its standing no longer changes.</source>
        <translation>%1 已离开云市场，状态不再变化。</translation>
    </message>
    <message>
        <source>Every product is delisted and the whole deposit balance of %1 is deducted. An expelled vendor may never apply again.</source>
        <translation>所有商品将下架，保证金余额 %1 将全部扣除。被清退的服务商不得再次入驻。</translation>
    </message>
    <message>
        <source>The deposit balance of %1 is refunded once the vendor&apos;s obligations are settled; after leaving of its own accord it may apply again in one year.</source>
        <translation>服务商结清全部义务后退还保证金余额 %1；主动退出满一年后可重新申请。</translation>
    </message>
    <message numerus="yes">
        <source>%n service order(s) not started or not finished must be refunded in full:</source>
        <translation>
            <numerusform>有 %n 个未开始或未完成的服务订单须全额退款：</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2, %3): %4</source>
        <translation>• %1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation>%1：%2？</translation>
    </message>
</context>
<context>
    <name>VendorViolationsTab</name>
    <message>
        <source>Confirm expulsion…</source>
        <translation>确认清退…</translation>
    </message>
    <message>
        <source>Year / type</source>
        <translation>年度 / 类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>违规情况</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points in %2 (%3 or more): expulsion is proposed — all products delisted, the vendor expelled, the deposit deducted.</source>
        <translation>%2 年已扣 %1 分（达到 %3 分）：建议清退——所有商品下架、服务商清退、扣除保证金。</translation>
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
    <message>
        <source>Record deposit…</source>
        <translation>登记保证金…</translation>
    </message>
    <message>
        <source>Payment, top-up, deduction or refund of the deposit (Ctrl+D)</source>
        <translation>保证金的缴纳、补足、扣除或退还（Ctrl+D）</translation>
    </message>
    <message>
        <source>Record violation…</source>
        <translation>登记违规…</translation>
    </message>
    <message>
        <source>Record a violation and its points (Ctrl+G)</source>
        <translation>登记违规及扣分（Ctrl+G）</translation>
    </message>
    <message>
        <source>Change standing…</source>
        <translation>变更经营状态…</translation>
    </message>
    <message>
        <source>Suspend, restore, exit or expel (Ctrl+T)</source>
        <translation>暂停、恢复、退出或清退（Ctrl+T）</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Violation points this year</source>
        <translation>本年度违规扣分</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>入驻申请</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>Record change…</source>
        <translation>登记变更…</translation>
    </message>
    <message>
        <source>A change of name, legal representative, address, capital, scope or owners (Ctrl+M)</source>
        <translation>名称、法定代表人、地址、注册资本、经营范围或股东的变更（Ctrl+M）</translation>
    </message>
    <message>
        <source>Change reports awaited</source>
        <translation>待报备变更</translation>
    </message>
    <message numerus="yes">
        <source>%n awaited, %1 overdue</source>
        <translation>
            <numerusform>%n 项待报备，%1 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Material changes</source>
        <translation>重大变更</translation>
    </message>
    <message>
        <source>No vendors yet. A vendor is created when its application is approved on the Applications page.</source>
        <translation>还没有服务商。在“入驻申请”页审核通过申请后即创建服务商。</translation>
    </message>
    <message>
        <source>Search company, credit code, contact or phone</source>
        <translation>搜索企业名称、信用代码、联系人或电话</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <source>Record a violation of %1</source>
        <translation>登记 %1 的违规</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n point(s))</source>
        <translation>
            <numerusform>%1（%n 分）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Attach evidence…</source>
        <translation>添加证据(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Occurred on</source>
        <translation>发生日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>违规情况(&amp;W)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>违规情况</translation>
    </message>
    <message>
        <source>The points count in %1: the vendor&apos;s total becomes %2.</source>
        <translation>扣分计入 %1 年度：该服务商年度累计将为 %2 分。</translation>
    </message>
    <message>
        <source>That reaches %1 points: expulsion will be proposed.</source>
        <translation>已达到 %1 分：将建议清退。</translation>
    </message>
</context>
<context>
    <name>ViolationService</name>
    <message>
        <source>%1 has left the marketplace; no violation is recorded.</source>
        <translation>%1 已离开云市场，不再登记违规。</translation>
    </message>
    <message>
        <source>This violation type is no longer in use.</source>
        <translation>该违规类型已停用。</translation>
    </message>
</context>
<context>
    <name>WorkflowSteps</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (paused at %2 by a refund request)</source>
        <translation>%1（因退款申请暂停于%2）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票编号</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Why issuing failed</source>
        <translation>开票失败原因</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>退票原因</translation>
    </message>
    <message>
        <source>Why the return was declined</source>
        <translation>退票驳回原因</translation>
    </message>
    <message>
        <source>Red-letter confirmation number</source>
        <translation>红字确认单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Requirement confirmed by the vendor</source>
        <translation>服务商已确认需求</translation>
    </message>
    <message>
        <source>Marketplace intervention requested</source>
        <translation>已申请平台介入</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Why the refund was declined</source>
        <translation>退款驳回原因</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>Paper copies</source>
        <translation>纸质合同</translation>
    </message>
    <message>
        <source>Paper copies to</source>
        <translation>纸质合同寄往</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Checklist conditions not ticked</source>
        <translation>未勾选的入驻条件</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <source>Why unticked conditions were overridden</source>
        <translation>未勾选条件仍予通过的原因</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Why it left</source>
        <translation>退出原因</translation>
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
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>AccessKey ID: </source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <source>AccessKey secret: </source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <source>No marketplace is connected: enter the AccessKey in Settings, or set MARKETDESK_ACCESS_KEY_ID and MARKETDESK_ACCESS_KEY_SECRET. Nothing to sync.</source>
        <translation>未连接云市场：请在设置中填写 AccessKey，或设置 MARKETDESK_ACCESS_KEY_ID 和 MARKETDESK_ACCESS_KEY_SECRET。无需同步。</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>新用户的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; no user was added.</source>
        <translation>两次输入的密码不一致，未添加用户。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) already known, left out</source>
        <translation>
            <numerusform>已有 %n 行，未重复导入</numerusform>
        </translation>
    </message>
</context>
</TS>
