// The portal's progressive enhancement (docs/portal.md): offline, read-aloud, pages kept offline.
(() => {
  const root = document.documentElement;
  const workers = navigator.serviceWorker;
  if (workers) {
    workers
      .register("/portal/sw.js", { scope: "/portal/" })
      .then(() => workers.ready)
      .then((registration) => {
        const worker = registration.active;
        if (!worker) return;
        if (!workers.controller) worker.postMessage({ type: "cache", url: location.pathname });
        if (root.dataset.offlineList) worker.postMessage({ type: "precache", url: root.dataset.offlineList });
      })
      .catch(() => {});
  }

  const button = document.getElementById("read-aloud");
  const content = document.getElementById("page-content");
  const speech = window.speechSynthesis;
  if (button && content && speech && typeof SpeechSynthesisUtterance === "function") {
    const { readLabel, stopLabel } = button.dataset;
    const show = (isSpeaking) => {
      button.textContent = isSpeaking ? stopLabel : readLabel;
      button.dataset.speaking = String(isSpeaking);
    };
    button.hidden = false;
    show(false);
    button.addEventListener("click", () => {
      if (button.dataset.speaking === "true") {
        speech.cancel();
        show(false);
        return;
      }
      const title = document.querySelector("h1");
      const utterance = new SpeechSynthesisUtterance(`${title ? title.textContent : ""}\n${content.textContent}`);
      utterance.lang = (content.closest("[lang]") || root).lang;
      utterance.onend = () => show(false);
      utterance.onerror = () => show(false);
      speech.cancel();
      speech.speak(utterance);
      show(true);
    });
  }

  const kept = document.getElementById("kept-pages");
  if (kept && window.caches) {
    const prefix = `/portal/${root.lang}/`;
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("portal-pages-")).map((n) => caches.open(n))))
      .then((stores) => Promise.all(stores.map((store) => store.keys())))
      .then((lists) => {
        const urls = lists
          .flat()
          .map((request) => new URL(request.url))
          .filter((url) => url.pathname.startsWith(prefix) && !url.pathname.endsWith("/offline"));
        return Promise.all(
          urls
            .slice(0, 30)
            .map((url) =>
              caches.match(url.href, { ignoreVary: true }).then((r) => r.text().then((text) => [url, text])),
            ),
        );
      })
      .then((pages) => {
        for (const [url, text] of pages) {
          const link = document.createElement("a");
          link.href = url.pathname;
          link.textContent = new DOMParser().parseFromString(text, "text/html").title || url.pathname;
          const item = document.createElement("li");
          item.append(link);
          kept.lastChild.append(item);
        }
        if (pages.length > 0) kept.hidden = false;
      })
      .catch(() => {});
  }
})();
