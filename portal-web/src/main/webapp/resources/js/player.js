/*
 * The watch page's player. It starts a playback session (a lease on one of the license's streams)
 * only when someone presses play, loads the film with hls.js sending the session's short-lived
 * token with every playlist and key request, renews the lease with a heartbeat that also brings a
 * fresh token, and stops as soon as the portal refuses to renew (license revoked, institution
 * suspended, screener over). Refusals are shown with the portal's own explanation.
 */
(function () {
    'use strict';
    var box = document.getElementById('playerBox');
    if (!box) {
        return;
    }
    var video = document.getElementById('player');
    var playButton = document.getElementById('playButton');
    var message = document.getElementById('playerMessage');
    var streams = document.getElementById('activeStreams');
    var again = document.getElementById('startAgain');
    var api = box.dataset.api;
    var slug = box.dataset.slug;
    var startAt = parseInt(box.dataset.start || '0', 10) || 0;
    var screener = box.dataset.screener || '';

    var session = null;
    var token = null;
    var hls = null;
    var beatTimer = null;
    var watched = 0;
    var lastTime = null;
    var completed = false;

    function show(text) {
        message.textContent = text;
        message.hidden = !text;
    }

    function showStreams(list) {
        streams.innerHTML = '';
        (list || []).forEach(function (s) {
            var li = document.createElement('li');
            li.textContent = s.viewer + ' · ' + new Date(s.startedAt).toLocaleTimeString();
            streams.appendChild(li);
        });
        streams.hidden = !list || list.length === 0;
    }

    /** Playlists and the key need the token; segments are encrypted and go without it. */
    function withToken(url) {
        var u = new URL(url, window.location.href);
        if (/\.m3u8$/.test(u.pathname) || /\/key$/.test(u.pathname)) {
            u.searchParams.set('token', token);
        }
        return u.toString();
    }

    function post(path, body) {
        return fetch(api + path, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json'},
            body: JSON.stringify(body || {})
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                return {status: response.status, ok: response.ok, body: json};
            });
        });
    }

    function stop(reason) {
        if (beatTimer) {
            clearInterval(beatTimer);
            beatTimer = null;
        }
        if (hls) {
            hls.destroy();
            hls = null;
        }
        video.pause();
        video.removeAttribute('src');
        session = null;
        show(box.dataset.textStopped + ' ' + reason);
        again.hidden = false;
    }

    function heartbeat() {
        if (!session) {
            return;
        }
        var beat = {secondsWatched: Math.round(watched), position: Math.floor(video.currentTime || 0), completed: completed};
        watched = 0;
        post('playback/sessions/' + encodeURIComponent(session.id) + '/heartbeat', beat).then(function (r) {
            if (r.ok) {
                token = r.body.token;
                box.dataset.tokenExpiresAt = r.body.tokenExpiresAt;
            } else if (r.status >= 400 && r.status < 500) {
                stop(r.body.detail || ('HTTP ' + r.status));
            }
        }).catch(function () {
            // A network hiccup: the lease outlives two missed beats, so the next one may still succeed.
        });
    }

    function load(started) {
        session = started;
        token = started.token;
        box.dataset.session = started.id;
        var hlsConfig = {
            startPosition: startAt,
            xhrSetup: function (xhr, url) {
                xhr.open('GET', withToken(url), true);
            }
        };
        if (window.Hls && Hls.isSupported()) {
            hls = new Hls(hlsConfig);
            hls.on(Hls.Events.ERROR, function (event, data) {
                if (data.fatal) {
                    var status = data.response && data.response.code;
                    stop(status === 403 || status === 410 ? 'the portal refused the stream (HTTP ' + status + ').' : data.details);
                }
            });
            hls.loadSource(new URL(started.playlistUrl, window.location.href).toString());
            hls.attachMedia(video);
        } else {
            show(box.dataset.textNoSupport);
            return;
        }
        loadChapters(started.playlistUrl);
        beatTimer = setInterval(heartbeat, started.heartbeatSeconds * 1000);
        video.play().catch(function () {
            // Autoplay refused: the controls are there, the viewer presses play.
        });
    }

    function start() {
        playButton.hidden = true;
        again.hidden = true;
        showStreams(null);
        show(box.dataset.textStarting);
        var body = screener ? {title: slug, screenerCode: screener} : {title: slug};
        post('playback/sessions', body).then(function (r) {
            if (r.ok) {
                show('');
                load(r.body);
            } else {
                show(r.body.detail || ('HTTP ' + r.status));
                showStreams(r.body.activeStreams);
                again.hidden = false;
            }
        }).catch(function (e) {
            show(String(e));
            again.hidden = false;
        });
    }

    /** Chapter cues from the set's chapters.vtt, as buttons that jump to each chapter. */
    function loadChapters(playlistUrl) {
        var url = new URL('chapters.vtt', new URL(playlistUrl, window.location.href)).toString();
        var track = document.createElement('track');
        track.kind = 'chapters';
        track.src = url;
        track.default = false;
        track.addEventListener('load', function () {
            var list = document.getElementById('chapterList');
            list.innerHTML = '';
            Array.prototype.forEach.call(track.track.cues || [], function (cue) {
                var li = document.createElement('li');
                var b = document.createElement('button');
                b.type = 'button';
                b.className = 'chapter-link';
                b.dataset.seconds = String(Math.floor(cue.startTime));
                b.textContent = formatTime(cue.startTime) + '  ' + cue.text;
                b.addEventListener('click', function () {
                    video.currentTime = cue.startTime;
                    video.play();
                });
                li.appendChild(b);
                list.appendChild(li);
            });
            document.getElementById('chaptersSection').hidden = list.children.length === 0;
        });
        video.appendChild(track);
        track.track.mode = 'hidden';
    }

    function formatTime(seconds) {
        var s = Math.floor(seconds);
        var h = Math.floor(s / 3600);
        var m = Math.floor((s % 3600) / 60);
        return (h < 10 ? '0' : '') + h + ':' + (m < 10 ? '0' : '') + m + ':' + (s % 60 < 10 ? '0' : '') + (s % 60);
    }

    video.addEventListener('timeupdate', function () {
        var now = video.currentTime;
        if (lastTime !== null && !video.paused && !video.seeking) {
            var delta = now - lastTime;
            if (delta > 0 && delta < 2) {
                watched += delta;
            }
        }
        lastTime = now;
    });
    video.addEventListener('seeking', function () {
        lastTime = null;
    });
    video.addEventListener('ended', function () {
        completed = true;
        heartbeat();
    });
    playButton.addEventListener('click', start);
    again.addEventListener('click', start);
    window.addEventListener('pagehide', function () {
        if (session && navigator.sendBeacon) {
            navigator.sendBeacon(api + 'playback/sessions/' + encodeURIComponent(session.id) + '/end');
        }
    });
})();
