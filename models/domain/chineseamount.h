#pragma once

#include "money.h"

#include <QString>

/// An amount written out in capital Chinese numerals (大写金额), as contracts and receipts state
/// it beside the figures: ¥1,234.50 is "壹仟贰佰叁拾肆元伍角整", ¥100.07 "壹佰元零柒分".
class ChineseAmount
{
public:
    /// `amount` must not be negative; a negative amount is written with a leading "负".
    static QString capitals(Money amount);
};
