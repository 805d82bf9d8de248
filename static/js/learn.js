/* Learning on the device: lessons marked as done, self-check quiz results and the last lesson read, kept in
   localStorage (no account, no cookie, nothing sent to the server); interactive self-check questions; and the
   resume code that carries progress to another device. Every string shown comes from the page, translated by
   Django. Without JavaScript, or without storage, the pages work as before and these controls stay hidden. */
(function () {
    "use strict";

    var KEY = "minbar.progress";
    var ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32: no I, L, O or U
    var storage = openStorage();

    function openStorage() {
        try {
            window.localStorage.setItem(KEY + ".test", "1");
            window.localStorage.removeItem(KEY + ".test");
            return window.localStorage;
        } catch (error) {
            return null;
        }
    }

    function all(root, selector) {
        return Array.prototype.slice.call(root.querySelectorAll(selector));
    }

    function fill(template, values) {
        return (template || "").replace(/\{(\w+)\}/g, function (match, name) {
            return name in values ? String(values[name]) : match;
        });
    }

    function announce(region, message) {
        region.textContent = "";
        window.setTimeout(function () { region.textContent = message; }, 50);
    }

    /* Progress: {v: 1, done: {lessonId: 1}, last: {id, title, url, module, lang},
       quiz: {lessonId: {blockId: {n: position among the lesson's questions, ok: 0|1, c: choices as bits}}}}.
       Results brought by a resume code know only their position: they are kept under "#" + position. */

    function read() {
        var progress = null;
        try {
            progress = JSON.parse(storage.getItem(KEY));
        } catch (error) { /* unreadable: start again */ }
        if (!progress || progress.v !== 1) {
            progress = {};
        }
        return {v: 1, done: progress.done || {}, quiz: progress.quiz || {}, last: progress.last || null};
    }

    function update(change) {
        var progress = read();
        change(progress);
        try {
            storage.setItem(KEY, JSON.stringify(progress));
        } catch (error) { /* storage full or refused: the page still works */ }
        return progress;
    }

    function questionsAnswered(progress) {
        return Object.keys(progress.quiz).reduce(function (sum, id) {
            return sum + Object.keys(progress.quiz[id]).length;
        }, 0);
    }

    /* The resume code. Bytes: the format version (1); the position of the last lesson read in the list below,
       plus one (0: none); then, for each lesson by ascending page id, a varint of
       (id minus the previous id) * 4 + (has results) * 2 + (done), followed when it has results by a varint
       with two bits per question in page order (answered, right). Crockford base32 (no I, L, O or U) with a
       check character: digit weights are powers of x in GF(32), so one mistyped character or two swapped
       neighbours always fail the check. Grouped by four for reading aloud. */

    var MAX_QUESTIONS = 15;

    function encode(progress) {
        var ids = {};
        Object.keys(progress.done).concat(Object.keys(progress.quiz)).forEach(function (id) { ids[id] = true; });
        if (progress.last && progress.last.id) {
            ids[progress.last.id] = true;
        }
        var sorted = Object.keys(ids).map(Number).filter(function (id) { return id > 0 && id % 1 === 0; });
        sorted.sort(function (a, b) { return a - b; });
        if (!sorted.length) {
            return "";
        }
        var bytes = [1];
        varint(bytes, progress.last ? sorted.indexOf(Number(progress.last.id)) + 1 : 0);
        sorted.reduce(function (previous, id) {
            var results = resultBits(progress.quiz[id] || {});
            varint(bytes, (id - previous) * 4 + (results ? 2 : 0) + (progress.done[id] ? 1 : 0));
            if (results) {
                varint(bytes, results);
            }
            return id;
        }, 0);
        var digits = toDigits(bytes);
        digits.push(times2(checksum(digits)));
        return digits.map(function (digit) { return ALPHABET[digit]; }).join("").replace(/(.{4})(?=.)/g, "$1-");
    }

    function resultBits(results) {
        return Object.keys(results).reduce(function (bits, key) {
            var n = results[key].n;
            var pair = results[key].ok ? 3 : 1;
            return n >= 0 && n < MAX_QUESTIONS && (bits >> (2 * n) & 3) !== 3 ? (bits & ~(3 << (2 * n))) | (pair << (2 * n)) : bits;
        }, 0);
    }

    function decode(code) {
        var text = code.toUpperCase().replace(/[\s\-_.]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
        var digits = text.split("").map(function (letter) { return ALPHABET.indexOf(letter); });
        if (digits.length < 3 || digits.indexOf(-1) !== -1 || checksum(digits) !== 0) {
            return null;
        }
        var bytes = toBytes(digits.slice(0, -1));
        var position = {at: 1};
        var last = bytes && bytes[0] === 1 ? readVarint(bytes, position) : null;
        var result = {done: {}, quiz: {}, last: null};
        var order = [];
        var id = 0;
        while (last !== null && position.at < bytes.length) {
            var head = readVarint(bytes, position);
            var results = head !== null && head & 2 ? readVarint(bytes, position) : 0;
            if (head === null || results === null || head < 4 || id + Math.floor(head / 4) > 2147483647) {
                return null;
            }
            id += Math.floor(head / 4);
            order.push(id);
            if (head & 1) {
                result.done[id] = 1;
            }
            for (var n = 0; n < MAX_QUESTIONS; n += 1) {
                if (results >> (2 * n) & 1) {
                    result.quiz[id] = result.quiz[id] || {};
                    result.quiz[id]["#" + n] = {n: n, ok: results >> (2 * n + 1) & 1};
                }
            }
        }
        if (last === null || last > order.length || !order.length) {
            return null;
        }
        result.last = last ? order[last - 1] : null;
        return result;
    }

    function varint(bytes, number) {
        while (number > 127) {
            bytes.push(number % 128 + 128);
            number = Math.floor(number / 128);
        }
        bytes.push(number);
    }

    function readVarint(bytes, position) {
        var number = 0;
        for (var scale = 1; scale < 1e13 && position.at < bytes.length; scale *= 128) {
            var byte = bytes[position.at];
            position.at += 1;
            number += (byte % 128) * scale;
            if (byte < 128) {
                return number;
            }
        }
        return null;
    }

    function toDigits(bytes) {
        var digits = [], buffer = 0, bits = 0;
        bytes.forEach(function (byte) {
            buffer = (buffer << 8) | byte;
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                digits.push((buffer >> bits) & 31);
            }
            buffer &= (1 << bits) - 1;
        });
        if (bits) {
            digits.push((buffer << (5 - bits)) & 31);
        }
        return digits;
    }

    function toBytes(digits) {
        var bytes = [], buffer = 0, bits = 0;
        digits.forEach(function (digit) {
            buffer = (buffer << 5) | digit;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes.push((buffer >> bits) & 255);
            }
            buffer &= (1 << bits) - 1;
        });
        return buffer === 0 && bits < 5 ? bytes : null; // the padding is zero and shorter than a character
    }

    function times2(digit) { // multiplication by x in GF(32) = GF(2)[x] / (x^5 + x^2 + 1)
        digit <<= 1;
        return digit & 32 ? digit ^ 37 : digit;
    }

    function checksum(digits) { // zero when the last digit is the check digit of those before it
        return digits.reduce(function (sum, digit) { return times2(sum) ^ digit; }, 0);
    }

    function merge(imported) {
        return update(function (progress) {
            Object.keys(imported.done).forEach(function (id) { progress.done[id] = 1; });
            Object.keys(imported.quiz).forEach(function (id) {
                var results = progress.quiz[id] = progress.quiz[id] || {};
                Object.keys(imported.quiz[id]).forEach(function (key) {
                    var result = imported.quiz[id][key];
                    var mine = Object.keys(results).filter(function (own) { return results[own].n === result.n; })[0];
                    if (!mine) {
                        results[key] = result;
                    } else if (result.ok && !results[mine].ok) {
                        results[mine] = {n: result.n, ok: 1};
                    }
                });
            });
            if (imported.last && (!progress.last || String(progress.last.id) !== String(imported.last))) {
                progress.last = {id: imported.last}; // its title and address come from a page that lists it
            }
        });
    }

    /* A lesson page: remember it as the last one read, the done button, and the quizzes. */

    function setUpLesson(article) {
        var id = article.dataset.lessonId;
        if (article.hasAttribute("data-preview")) { // an editor's preview: try the questions, keep nothing
            storage = null;
            all(article, "[data-quiz]").forEach(function (quiz, position) { setUpQuiz(quiz, id, position); });
            return;
        }
        update(function (progress) {
            progress.last = {
                id: id,
                title: article.dataset.lessonTitle,
                url: article.dataset.lessonUrl,
                module: article.dataset.moduleTitle,
                lang: document.documentElement.lang
            };
        });
        all(article, "[data-lesson-done]").forEach(function (section) { setUpDone(section, id); });
        all(article, "[data-quiz]").forEach(function (quiz, position) { setUpQuiz(quiz, id, position); });
    }

    function setUpDone(section, id) {
        var button = section.querySelector("[data-done-toggle]");
        var status = section.querySelector("[data-done-status]");
        function show(done) {
            button.textContent = done ? section.dataset.labelUnmark : section.dataset.labelMark;
            section.classList.toggle("is-done", done);
        }
        var done = Boolean(read().done[id]);
        show(done);
        status.textContent = done ? section.dataset.msgDone : "";
        button.addEventListener("click", function () {
            done = !done;
            update(function (progress) {
                if (done) {
                    progress.done[id] = 1;
                } else {
                    delete progress.done[id];
                }
            });
            show(done);
            announce(status, done ? section.dataset.msgDone : section.dataset.msgUndone);
        });
        section.hidden = false;
    }

    function setUpQuiz(quiz, lessonId, position) {
        var form = quiz.querySelector("[data-quiz-form]");
        if (!form) {
            return;
        }
        var key = quiz.dataset.blockId;
        var choices = all(form, "[data-choice]");
        var inputs = choices.map(function (choice) { return choice.querySelector("input"); });
        var result = form.querySelector("[data-quiz-result]");
        var retry = form.querySelector("[data-quiz-retry]");
        var checked = false;

        function chosen() {
            return inputs.reduce(function (mask, input, index) { return input.checked ? mask | (1 << index) : mask; }, 0);
        }

        function show(mask) {
            var right = true;
            choices.forEach(function (choice, index) {
                var picked = Boolean(mask & (1 << index));
                var why = choice.querySelector(".quiz__feedback");
                right = right && picked === (choice.dataset.correct === "1");
                choice.classList.toggle("is-chosen", picked);
                choice.querySelector("[data-chosen]").hidden = !picked;
                why.hidden = false;
                inputs[index].setAttribute("aria-describedby", why.id);
            });
            quiz.classList.toggle("quiz--right", right);
            quiz.classList.toggle("quiz--wrong", !right);
            retry.hidden = false;
            checked = true;
            return right;
        }

        function clear() {
            choices.forEach(function (choice, index) {
                choice.classList.remove("is-chosen");
                choice.querySelector(".quiz__feedback").hidden = true;
                inputs[index].removeAttribute("aria-describedby");
            });
            quiz.classList.remove("quiz--right", "quiz--wrong");
            result.textContent = "";
            retry.hidden = true;
            checked = false;
        }

        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var mask = chosen();
            if (!mask) {
                announce(result, form.dataset.msgEmpty);
                inputs[0].focus();
                return;
            }
            var right = show(mask);
            announce(result, right ? form.dataset.msgRight : form.dataset.msgWrong);
            update(function (progress) {
                var results = progress.quiz[lessonId] = progress.quiz[lessonId] || {};
                delete results["#" + position];
                results[key] = {n: position, ok: right ? 1 : 0, c: mask};
            });
        });
        form.addEventListener("change", function () {
            if (checked) {
                clear();
            }
        });
        retry.addEventListener("click", function () {
            inputs.forEach(function (input) { input.checked = false; });
            clear();
            inputs[0].focus();
        });

        var stored = read().quiz[lessonId] || {};
        var previous = stored[key] || stored["#" + position];
        if (previous && previous.c) {
            inputs.forEach(function (input, index) { input.checked = Boolean(previous.c & (1 << index)); });
            result.textContent = show(previous.c) ? form.dataset.msgRight : form.dataset.msgWrong;
        } else if (previous) {
            result.textContent = previous.ok ? form.dataset.msgBeforeRight : form.dataset.msgBeforeWrong;
        }
        quiz.querySelector("[data-quiz-static]").hidden = true;
        form.hidden = false;
    }

    /* Pages that list lessons (a module, the progress page): done markers and "3 of 5 lessons done". */

    function showProgress(progress) {
        var last = progress.last;
        var started = 0;
        all(document, "[data-progress]").forEach(function (list) {
            var items = all(list, "[data-lesson-id]");
            var done = 0, touched = false;
            items.forEach(function (item) {
                var id = item.dataset.lessonId;
                var isDone = Boolean(progress.done[id]);
                done += isDone ? 1 : 0;
                touched = touched || isDone || Boolean(progress.quiz[id]) || Boolean(last && String(last.id) === id);
                item.classList.toggle("is-done", isDone);
                item.querySelector("[data-done-marker]").hidden = !isDone;
                if (last && String(last.id) === id && !last.url) {
                    var link = item.querySelector("a");
                    last = update(function (stored) {
                        stored.last = {id: id, title: link.textContent, url: link.getAttribute("href"),
                            module: list.dataset.moduleTitle, lang: document.documentElement.lang};
                    }).last;
                }
            });
            var count = list.querySelector("[data-progress-count]");
            count.textContent = fill(list.dataset.msgCount, {done: done});
            count.hidden = !done;
            if (list.hasAttribute("data-progress-started-only")) {
                list.hidden = !touched;
            }
            started += touched ? 1 : 0;
        });
        all(document, "[data-progress-none]").forEach(function (note) { note.hidden = started > 0; });
        return last;
    }

    function showContinue(last) {
        all(document, "[data-continue]").forEach(function (section) {
            var link = section.querySelector("[data-continue-link]");
            var module = section.querySelector("[data-continue-module]");
            if (!last || !last.url) {
                section.hidden = true;
                return;
            }
            link.href = last.url;
            link.textContent = last.title || last.url;
            module.textContent = last.module || "";
            [link, module].forEach(function (node) {
                if (last.lang && last.lang !== document.documentElement.lang) {
                    node.lang = last.lang;
                    node.dir = "auto";
                }
            });
            section.hidden = false;
        });
    }

    /* The progress page: export and import the resume code. */

    function showExport(progress) {
        all(document, "[data-export]").forEach(function (section) {
            var code = encode(progress);
            section.querySelector("[data-export-code]").textContent = code;
            section.querySelector("[data-export-some]").hidden = !code;
            section.querySelector("[data-export-none]").hidden = Boolean(code);
        });
    }

    function setUpExport(section) {
        var code = section.querySelector("[data-export-code]");
        var status = section.querySelector("[data-export-status]");
        section.querySelector("[data-export-copy]").addEventListener("click", function () {
            function copied(ok) {
                if (!ok) {
                    window.getSelection().selectAllChildren(code);
                }
                announce(status, ok ? section.dataset.msgCopied : section.dataset.msgCopyFailed);
            }
            if (navigator.clipboard && navigator.clipboard.writeText) {
                navigator.clipboard.writeText(code.textContent).then(function () { copied(true); }, function () { copied(false); });
            } else {
                copied(false);
            }
        });
    }

    function setUpImport(form) {
        var input = form.querySelector("input");
        var status = form.querySelector("[data-import-status]");
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var imported = input.value.trim() ? decode(input.value) : null;
            var message = !input.value.trim() ? form.dataset.msgEmpty : form.dataset.msgInvalid;
            form.classList.toggle("is-invalid", !imported);
            if (imported) {
                input.removeAttribute("aria-invalid");
                input.value = "";
                var progress = merge(imported);
                message = fill(form.dataset.msgAdded, {
                    lessons: Object.keys(progress.done).length,
                    answers: questionsAnswered(progress)
                });
                render();
            } else {
                input.setAttribute("aria-invalid", "true");
                input.focus();
            }
            announce(status, message);
        });
    }

    function render() {
        var progress = read();
        progress.last = showProgress(progress);
        showContinue(progress.last);
        showExport(progress);
    }

    if (!storage) {
        return;
    }
    all(document, "article[data-lesson-id]").forEach(setUpLesson);
    all(document, "[data-export]").forEach(setUpExport);
    all(document, "form[data-import]").forEach(setUpImport);
    render();
    all(document, "[data-progress-page]").forEach(function (page) { page.hidden = false; });
    window.addEventListener("pageshow", function (event) {
        if (event.persisted) {
            render();
        }
    });
}());
