#pragma once

#include "core/ClientFile.h"

#include <QWidget>

class QLabel;

namespace pc::ui {

// The client a page is about: its name, SIREN, account number and account status,
// coloured so that a blocked or closed account catches the eye.
class ClientHeader : public QWidget {
    Q_OBJECT

public:
    explicit ClientHeader(QWidget* parent = nullptr);

    // Clears the header when `file` is null.
    void showClient(const core::ClientFile* file);
    // What a client page says while no client is chosen.
    static QString noClientHint();

private:
    QLabel* m_title;
    QLabel* m_subtitle;
};

} // namespace pc::ui
