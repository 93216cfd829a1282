/*
 * Resumable upload of a title's master video with tus-js-client: chunks of 16 MiB, retried after a
 * dropped connection, and resumed from where the server says it stopped, even after a page reload
 * (the client remembers unfinished uploads in localStorage). When the file has arrived, the page's
 * remote command hands it to the media studio, which queues the packaging.
 *
 * Settings and texts come from data attributes of #mediaUpload, so that the texts stay in the
 * resource bundle.
 */
(function () {
    'use strict';

    var root = document.getElementById('mediaUpload');
    if (!root || !window.tus) {
        return;
    }
    var input = document.getElementById('videoFile');
    var startButton = document.getElementById('videoStart');
    var pauseButton = document.getElementById('videoPause');
    var bar = document.getElementById('videoProgress');
    var status = document.getElementById('videoStatus');
    var maxBytes = Number(root.dataset.maxBytes);
    var upload = null;

    function say(text) {
        status.textContent = text;
    }

    function format(template, values) {
        return template.replace(/\{(\d+)\}/g, function (all, i) { return values[Number(i)]; });
    }

    function megabytes(bytes) {
        return (bytes / 1048576).toFixed(1);
    }

    startButton.addEventListener('click', function () {
        var file = input.files && input.files[0];
        if (!file) {
            say(root.dataset.textChoose);
            input.focus();
            return;
        }
        if (file.size > maxBytes) {
            say(format(root.dataset.textTooLarge, [megabytes(maxBytes)]));
            return;
        }
        if (upload) {
            upload.start();
            pauseButton.disabled = false;
            startButton.disabled = true;
            return;
        }
        upload = new tus.Upload(file, {
            endpoint: root.dataset.endpoint,
            chunkSize: 16 * 1024 * 1024,
            retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000],
            removeFingerprintOnSuccess: true,
            metadata: { slug: root.dataset.slug, filetype: file.type || 'video/*' },
            onProgress: function (sent, total) {
                bar.max = total;
                bar.value = sent;
                say(format(root.dataset.textProgress, [megabytes(sent), megabytes(total), Math.floor(sent * 100 / total)]));
            },
            onShouldRetry: function () {
                say(root.dataset.textRetrying);
                return true;
            },
            onError: function (error) {
                say(format(root.dataset.textFailed, [error && error.message ? error.message : String(error)]));
                startButton.disabled = false;
                pauseButton.disabled = true;
            },
            onSuccess: function () {
                say(root.dataset.textReceived);
                pauseButton.disabled = true;
                startButton.disabled = false;
                var url = upload.url;
                upload = null;
                input.value = '';
                window.startPackaging([{ name: 'upload', value: url }]);
            }
        });
        upload.findPreviousUploads().then(function (previous) {
            if (previous.length > 0) {
                upload.resumeFromPreviousUpload(previous[0]);
                say(root.dataset.textResuming);
            }
            upload.start();
            startButton.disabled = true;
            pauseButton.disabled = false;
        });
    });

    pauseButton.addEventListener('click', function () {
        if (upload) {
            upload.abort();
            say(root.dataset.textPaused);
            startButton.disabled = false;
            pauseButton.disabled = true;
        }
    });
})();
