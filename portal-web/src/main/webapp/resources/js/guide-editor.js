/*
 * The guide editor's "Line 12" buttons in the problems list: each selects that line of the guide
 * text and scrolls the text box to it, so that an editor finds the line without counting.
 * A listener on the document, because the problems list is replaced by every preview.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button.guide-jump[data-line]') : null;
        if (!button) {
            return;
        }
        var text = document.getElementById(button.getAttribute('aria-controls'));
        if (!text) {
            return;
        }
        var wanted = parseInt(button.getAttribute('data-line'), 10);
        var lines = text.value.split('\n');
        var start = 0;
        for (var i = 0; i < wanted - 1 && i < lines.length; i++) {
            start += lines[i].length + 1;
        }
        var end = start + (lines[wanted - 1] || '').length;
        text.focus();
        text.setSelectionRange(start, end);
        // Puts the line near the top of the box: its share of the text's height, less a few lines.
        var lineHeight = text.scrollHeight / Math.max(lines.length, 1);
        text.scrollTop = Math.max(0, (wanted - 4) * lineHeight);
    });
}());
