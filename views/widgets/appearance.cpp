#include "widgets/appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <memory>

namespace {
const QString kFusion = QStringLiteral("Fusion");

// The style the application started with, remembered before the first change.
QString &systemStyleName()
{
    static QString name = QApplication::style() ? QApplication::style()->name() : QString();
    return name;
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

void setStyleNamed(const QString &name)
{
    if (name.isEmpty() || QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}
} // namespace

QString Appearance::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

Appearance::Mode Appearance::modeFromName(const QString &name, Mode fallback)
{
    for (Mode m : {Mode::System, Mode::Light, Mode::Dark}) {
        if (name == modeName(m))
            return m;
    }
    return fallback;
}

Appearance::Mode Appearance::savedMode()
{
    return modeFromName(QSettings().value(QLatin1String(kSettingsKey)).toString());
}

void Appearance::save(Mode mode)
{
    QSettings().setValue(QLatin1String(kSettingsKey), modeName(mode));
}

void Appearance::apply(Mode mode)
{
    systemStyleName(); // remember it before the first change
    if (mode == Mode::System) {
        setStyleNamed(systemStyleName());
        QApplication::setPalette(QPalette()); // nothing set: the style's and platform's palette again
        return;
    }
    // Platform styles may ignore the palette (Windows, macOS); Fusion draws with it everywhere.
    setStyleNamed(kFusion);
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

QPalette Appearance::lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    QPalette p = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    // Fusion's own blue gives white text a contrast of only 3.7; this one gives 5.3.
    p.setColor(QPalette::Active, QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    return p;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x33, 0x33, 0x36);
    const QColor base(0x24, 0x24, 0x27);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x80, 0x80, 0x84);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2e, 0x2e, 0x33));
    p.setColor(QPalette::ToolTipBase, QColor(0x45, 0x40, 0x2a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2d));
    p.setColor(QPalette::Dark, QColor(0x1e, 0x1e, 0x20));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

bool Appearance::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QColor Appearance::accent(Accent accent, const QPalette &palette)
{
    // Material 800-900 shades on light backgrounds, 200-300 shades on dark ones.
    const bool dark = isDark(palette);
    switch (accent) {
    case Accent::Include: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
    case Accent::Exclude: return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Accent::Scope: return dark ? QColor(0xbc, 0xaa, 0xa4) : QColor(0x6d, 0x4c, 0x41);
    case Accent::Query: break;
    }
    return dark ? QColor(0x9f, 0xa8, 0xda) : QColor(0x3f, 0x51, 0xb5);
}

QColor Appearance::dimText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int a, int b) { return (a * 65 + b * 35) / 100; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue()));
}

double Appearance::luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double Appearance::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
