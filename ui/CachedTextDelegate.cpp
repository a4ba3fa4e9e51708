#include "CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty() || opt.text.contains(QChar::LineFeed) || opt.features & QStyleOptionViewItem::WrapText) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // The style draws the cell without its text, and says where the text goes.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    // As QCommonStyle places an item's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (rect.width() <= 0)
        return;
    const QStaticText& laid = laidOut(text, opt.font, rect.width(), opt.textElideMode);
    const QSizeF size = laid.size();
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    QPointF at = rect.topLeft();
    if (align & Qt::AlignRight)
        at.rx() = rect.x() + rect.width() - size.width();
    else if (align & Qt::AlignHCenter)
        at.rx() += (rect.width() - size.width()) / 2;
    if (align & Qt::AlignBottom)
        at.ry() = rect.y() + rect.height() - size.height();
    else if (!(align & Qt::AlignTop))
        at.ry() += (rect.height() - size.height()) / 2;

    QPalette::ColorGroup group = QPalette::Normal;
    if (!(opt.state & QStyle::State_Enabled))
        group = QPalette::Disabled;
    else if (!(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role = opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    painter->drawStaticText(at, laid);
    painter->restore();
}

const QStaticText& CachedTextDelegate::laidOut(const QString& text, const QFont& font, int width,
                                               Qt::TextElideMode elide) const
{
    Key key{text, font, width, elide};
    if (const auto found = m_laidOut.constFind(key); found != m_laidOut.cend())
        return *found;
    if (m_laidOut.size() >= MaxKept)
        m_laidOut.clear();
    QStaticText laid(QFontMetrics(font).elidedText(text, elide, width));
    laid.setTextFormat(Qt::PlainText);
    laid.prepare(QTransform(), font);
    return *m_laidOut.insert(std::move(key), std::move(laid));
}
