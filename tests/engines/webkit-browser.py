#!/usr/bin/python3
"""
The browser WebKitWebDriver starts for the engine tests (tests/engines/webkit.ts):
one WebKitGTK web view per window, created on the driver's request. It prints
what goes wrong in the page on stdout, where the tests read it:

- every console message, from the start of each document, as WebKit prints it
  with `enable-write-console-messages-to-stdout`: `CONSOLE <source> <level> <text>`
  (console.error calls, uncaught exceptions, unhandled rejections, CSP
  violations and CSP parse errors). Not MiniBrowser, because MiniBrowser runs an
  automation session in a private (ephemeral) session, and WebKit does not print
  a private page's console messages; this session keeps its data in --data-dir;
- `RESOURCE ERROR <text>` for each subresource that failed to load or got an
  HTTP error, which WebKit only tells its Web Inspector, not the console;
- `RESOURCE MARK <mark>` once the page has requested a URL containing
  MARK_PREFIX and every load started before it has finished, which tells the
  tests that every earlier load has been reported. (A fetch resolves on its
  response headers, so a load can still be finishing when the page asks for
  the mark.) A load that has not finished after 3 s is named in a
  `RESOURCE PENDING <uri>` line and the mark is printed without it.

Needs Debian's python3-gi and gir1.2-webkit2-4.1 (the same libwebkit2gtk-4.1
that webkit2gtk-driver uses) and an X display (Xvfb).
"""
import argparse

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

MARK_PREFIX = 'engine-tests-mark-'  # as in tests/engines/engine.ts

parser = argparse.ArgumentParser()
parser.add_argument('--data-dir', required=True, help='where the session keeps its storage')
parser.add_argument('--automation', action='store_true', help='accepted for WebKitWebDriver; always on')
options = parser.parse_args()

manager = WebKit2.WebsiteDataManager(base_data_directory=options.data_dir, base_cache_directory=options.data_dir)
context = WebKit2.WebContext(website_data_manager=manager)
context.set_automation_allowed(True)
settings = WebKit2.Settings(enable_write_console_messages_to_stdout=True)


# Loads started and not yet finished, and for each mark the loads it still waits for.
pending = set()
waiting = {}
# A load that never finishes must not hold a mark forever: the tests would time out.
MARK_PATIENCE_MS = 3000


def print_mark(mark):
    waited_for = waiting.pop(mark, None)
    if waited_for is not None:
        # Only after MARK_PATIENCE_MS: say which loads the mark did not wait for.
        for resource in waited_for:
            print(f'RESOURCE PENDING {resource.get_uri()}', flush=True)
        print(f'RESOURCE MARK {mark}', flush=True)
    return False  # as a GLib timeout: do not repeat


def settled(resource):
    pending.discard(resource)
    for mark, waited_for in list(waiting.items()):
        waited_for.discard(resource)
        if not waited_for:
            print_mark(mark)


def report_failed_loads(view, resource, request):
    uri = resource.get_uri()
    if MARK_PREFIX in uri:
        mark = uri[uri.index(MARK_PREFIX):]
        waiting[mark] = set(pending)
        if waiting[mark]:
            GLib.timeout_add(MARK_PATIENCE_MS, print_mark, mark)
        else:
            print_mark(mark)
        return
    # The document's own status is the tests' to check.
    if resource == view.get_main_resource():
        return
    pending.add(resource)

    # WebKit emits `finished` for every load, after `failed` when it failed: only then is it settled.
    def finished(resource):
        response = resource.get_response()
        if response and response.get_status_code() >= 400:
            print(f'RESOURCE ERROR HTTP {response.get_status_code()}: {uri}', flush=True)
        settled(resource)

    def failed(resource, error):
        # Loads cut short by leaving the page are not failures of the site.
        if not error.matches(WebKit2.network_error_quark(), WebKit2.NetworkError.CANCELLED):
            print(f'RESOURCE ERROR request failed: {uri} ({error.message})', flush=True)

    resource.connect('finished', finished)
    resource.connect('failed', failed)


def create_web_view(session):
    view = WebKit2.WebView(web_context=context, settings=settings, is_controlled_by_automation=True)
    view.connect('resource-load-started', report_failed_loads)
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
