#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Draws a view's single-line texts from laid-out text kept between paints (QStaticText).
// QStyledItemDelegate lays out and shapes a cell's text three times at every paint (to size it, to
// elide it and to draw it): about 30 ms for a screenful of the instance table, which is painted
// several times a second while 100,000 instances are listed (bench_console). Everything else of a
// cell (background, selection, icon, focus) is still drawn by the style, and a text of several
// lines by QStyledItemDelegate.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Laid-out texts kept; beyond it the cache starts again (a screenful needs a few hundred).
    static constexpr qsizetype MaxKept = 20000;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Key
    {
        QString text;
        QFont font;
        int width;
        Qt::TextElideMode elide;
        bool operator==(const Key& other) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed)
    {
        return qHashMulti(seed, key.text, key.font, key.width, key.elide);
    }

    // `text` as it fits `width` in `font`, elided as the view elides.
    const QStaticText& laidOut(const QString& text, const QFont& font, int width, Qt::TextElideMode elide) const;

    mutable QHash<Key, QStaticText> m_laidOut;
};
