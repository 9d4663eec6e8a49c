#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

// The application's colour scheme: the platform's own (System), or Fusion with a light or a dark
// palette. Also the few accent colours Skimmer paints itself, chosen so they stay readable on the
// current palette, and the contrast measure the tests hold them to.
class Appearance
{
    Q_GADGET

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)
    enum class Accent { Query, Include, Exclude, Scope };

    static constexpr auto kSettingsKey = "ui/appearance";

    // "system", "light", "dark": the values stored under kSettingsKey.
    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name, Mode fallback = Mode::System);
    static Mode savedMode();
    static void save(Mode mode);

    // Applies a mode to the whole application; every widget gets a palette change and repaints.
    // System restores the style the application started with and the platform palette, so later
    // theme changes of the desktop come through again.
    static void apply(Mode mode);
    static QPalette darkPalette();
    static QPalette lightPalette();

    static bool isDark(const QPalette &palette);
    static QColor accent(Accent accent, const QPalette &palette);
    // Text that says less than the main text (dates, counts, "Finding similar papers…").
    static QColor dimText(const QPalette &palette);
    // WCAG 2 contrast ratio, 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
    static double luminance(const QColor &color);
};
