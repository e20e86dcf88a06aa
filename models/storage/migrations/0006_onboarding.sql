-- min_compatible: 5
-- Vendor onboarding (SPEC 2): the three agreements of an application, what kind of material a file
-- is, why a vendor left, surcharges that wait for a reviewer, and the default checklists and
-- violation catalogue an administrator edits afterwards. Older apps do not read these columns.

ALTER TABLE applications ADD COLUMN accepts_entry_agreement BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE applications ADD COLUMN accepts_management_rules BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE applications ADD COLUMN accepts_platform_agreement BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX applications_credit_code ON applications (credit_code);

ALTER TABLE attachments ADD COLUMN file_kind TEXT NOT NULL DEFAULT 'other';

ALTER TABLE vendors ADD COLUMN leave_reason TEXT CHECK (leave_reason IS NULL OR leave_reason IN
    ('end_of_agreement', 'own_request', 'points', 'conditions_not_met', 'blacklisted', 'low_deployment'));
ALTER TABLE vendors ADD COLUMN suspended_for_shortfall BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX vendors_credit_code ON vendors (credit_code);

-- A surcharge is proposed when a deduction makes more than two in twelve months; it is due only
-- once a reviewer confirms it, from the confirmation for one year.
ALTER TABLE deposit_surcharges ADD COLUMN status TEXT NOT NULL DEFAULT 'confirmed'
    CHECK (status IN ('proposed', 'confirmed', 'declined'));
ALTER TABLE deposit_surcharges ADD COLUMN decided_at BIGINT;
ALTER TABLE deposit_surcharges ADD COLUMN decided_by TEXT;
ALTER TABLE deposit_surcharges ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX deposit_surcharges_vendor ON deposit_surcharges (vendor_id, status);
CREATE INDEX violations_vendor ON violations (vendor_id, processed_at);

INSERT INTO market_conditions (id, market_id, position, text) VALUES
    ('6f1c2a40-0003-4000-8000-000000000001', NULL, 1, '实名认证的账号'),
    ('6f1c2a40-0003-4000-8000-000000000002', NULL, 2, '提交的资料真实有效'),
    ('6f1c2a40-0003-4000-8000-000000000003', NULL, 3, '已登记服务人员、服务时间与质保期'),
    ('6f1c2a40-0003-4000-8000-000000000004', NULL, 4, '已签署入驻协议'),
    ('6f1c2a40-0003-4000-8000-000000000005', NULL, 5, '已缴纳保证金'),
    ('6f1c2a40-0003-4000-8000-000000000006', '6f1c2a40-0001-4000-8000-000000000001', 1, '合法注册的企业'),
    ('6f1c2a40-0003-4000-8000-000000000007', '6f1c2a40-0001-4000-8000-000000000001', 2, '专业的技术与售后团队，提供 7×24 小时支持'),
    ('6f1c2a40-0003-4000-8000-000000000008', '6f1c2a40-0001-4000-8000-000000000001', 3, '软件成熟稳定'),
    ('6f1c2a40-0003-4000-8000-000000000009', '6f1c2a40-0001-4000-8000-000000000001', 4, '可部署在云服务器上并以镜像交付'),
    ('6f1c2a40-0003-4000-8000-000000000010', '6f1c2a40-0001-4000-8000-000000000001', 5, '接受平台协议'),
    ('6f1c2a40-0003-4000-8000-000000000011', '6f1c2a40-0001-4000-8000-000000000003', 1, '合法注册的企业，技术与客服人员不少于 15 人'),
    ('6f1c2a40-0003-4000-8000-000000000012', '6f1c2a40-0001-4000-8000-000000000003', 2, '建站业务经营满 1 年'),
    ('6f1c2a40-0003-4000-8000-000000000013', '6f1c2a40-0001-4000-8000-000000000003', 3, '提供不少于 5×8 小时在线支持'),
    ('6f1c2a40-0003-4000-8000-000000000014', '6f1c2a40-0001-4000-8000-000000000003', 4, '服务基于平台的产品'),
    ('6f1c2a40-0003-4000-8000-000000000015', '6f1c2a40-0001-4000-8000-000000000003', 5, '接受平台协议'),
    ('6f1c2a40-0003-4000-8000-000000000016', '6f1c2a40-0001-4000-8000-000000000002', 1, '合法注册的企业，员工不少于 15 人'),
    ('6f1c2a40-0003-4000-8000-000000000017', '6f1c2a40-0001-4000-8000-000000000002', 2, '从事该行业满 1 年'),
    ('6f1c2a40-0003-4000-8000-000000000018', '6f1c2a40-0001-4000-8000-000000000002', 3, '提供不少于 5×8 小时在线支持'),
    ('6f1c2a40-0003-4000-8000-000000000019', '6f1c2a40-0001-4000-8000-000000000002', 4, '服务基于平台的产品'),
    ('6f1c2a40-0003-4000-8000-000000000020', '6f1c2a40-0001-4000-8000-000000000002', 5, '接受平台协议');

INSERT INTO violation_types (id, key, name, points) VALUES
    ('6f1c2a40-0004-4000-8000-000000000001', 'false_advertising', '虚假宣传', 2),
    ('6f1c2a40-0004-4000-8000-000000000002', 'off_platform_trade', '引导站外交易', 12),
    ('6f1c2a40-0004-4000-8000-000000000003', 'late_delivery', '延迟交付', 4),
    ('6f1c2a40-0004-4000-8000-000000000004', 'poor_service', '服务态度恶劣', 2),
    ('6f1c2a40-0004-4000-8000-000000000005', 'prohibited_goods', '售卖违规商品', 24),
    ('6f1c2a40-0004-4000-8000-000000000006', 'ip_infringement', '侵犯知识产权', 12),
    ('6f1c2a40-0004-4000-8000-000000000007', 'false_material', '提供虚假资质', 24),
    ('6f1c2a40-0004-4000-8000-000000000008', 'unauthorised_change', '未按期报备重大变更', 4);
