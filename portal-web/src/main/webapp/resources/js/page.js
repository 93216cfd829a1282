/*
 * Behaviour every page may use, declared in the markup instead of inline handlers (which the
 * Content-Security-Policy does not allow):
 * - data-confirm="question" on a button: asks first, and does nothing unless the person confirms;
 * - data-submit-on-change on a select: submits its form as soon as a value is chosen;
 * - PrimeFaces polls (p:poll) pause while the tab is hidden and resume when it shows again.
 * Listeners sit on the document, in the capture phase for clicks, so that they also cover content
 * that AJAX updates replace and run before a button's own handlers.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
        if (button && !window.confirm(button.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
    document.addEventListener('change', function (event) {
        var field = event.target;
        if (field.matches && field.matches('select[data-submit-on-change]') && field.form) {
            field.form.submit();
        }
    });
    document.addEventListener('visibilitychange', function () {
        var pf = window.PrimeFaces;
        if (!pf || !pf.widgets || !pf.widget || !pf.widget.Poll) {
            return;
        }
        Object.keys(pf.widgets).forEach(function (name) {
            var poll = pf.widgets[name];
            if (!(poll instanceof pf.widget.Poll)) {
                return;
            }
            if (document.hidden && poll.active) {
                poll.pausedWhileHidden = true;
                poll.stop();
            } else if (!document.hidden && poll.pausedWhileHidden) {
                poll.pausedWhileHidden = false;
                poll.start();
            }
        });
    });
})();
