#!/usr/bin/python3
"""
The browser WebKitWebDriver starts for the engine tests (tests/engines/webkit.ts):
one WebKitGTK web view per window, created on the driver's request.

Not MiniBrowser, because MiniBrowser runs an automation session in a private
(ephemeral) session, and WebKit does not print a private page's console
messages. Here the session keeps its data in --data-dir, so with
`enable-write-console-messages-to-stdout` every console message of the page
(console.error calls, uncaught exceptions, CSP violations and CSP parse errors,
failed loads) is printed as a `CONSOLE <source> <level> <text>` line on stdout,
from the start of each document, and the tests read it there.

Needs Debian's python3-gi and gir1.2-webkit2-4.1 (the same libwebkit2gtk-4.1
that webkit2gtk-driver uses) and an X display (Xvfb).
"""
import argparse

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument('--data-dir', required=True, help='where the session keeps its storage')
parser.add_argument('--automation', action='store_true', help='accepted for WebKitWebDriver; always on')
options = parser.parse_args()

manager = WebKit2.WebsiteDataManager(base_data_directory=options.data_dir, base_cache_directory=options.data_dir)
context = WebKit2.WebContext(website_data_manager=manager)
context.set_automation_allowed(True)
settings = WebKit2.Settings(enable_write_console_messages_to_stdout=True)


def create_web_view(session):
    view = WebKit2.WebView(web_context=context, settings=settings, is_controlled_by_automation=True)
    window = Gtk.Window(title='engine tests')
    window.set_default_size(1280, 900)
    window.add(view)
    window.show_all()
    return view


def automation_started(context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name('engine-tests')
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect('create-web-view', create_web_view)


context.connect('automation-started', automation_started)
Gtk.main()
