// Review images open in a dialog; without script the link simply opens the image.
(function () {
  "use strict";
  // Looked up by class: an author's heading may take any id.
  const dialog = document.querySelector("dialog.lightbox");
  if (!dialog || typeof dialog.showModal !== "function") return;
  const image = dialog.querySelector("img");
  const caption = dialog.querySelector("figcaption");
  const close = dialog.querySelector(".lightbox-close");
  let opener = null;

  document.addEventListener("click", function (event) {
    const link = event.target.closest("a.lightbox-link");
    if (!link) return;
    event.preventDefault();
    opener = link;
    const thumb = link.querySelector("img");
    image.src = link.href;
    image.alt = thumb ? thumb.alt : "";
    const figcaption = link.closest("figure") && link.closest("figure").querySelector("figcaption");
    caption.textContent = figcaption ? figcaption.textContent : "";
    dialog.showModal();
    close.focus();
  });
  close.addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("click", function (event) { if (event.target === dialog) dialog.close(); });
  dialog.addEventListener("close", function () { if (opener) opener.focus(); });
})();
