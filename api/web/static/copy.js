// Copy-to-clipboard for buttons marked data-copy="<textarea id>". Without this script the
// buttons stay hidden and the text can be selected by hand.
document.querySelectorAll("[data-copy]").forEach((button) => {
  const source = document.getElementById(button.dataset.copy);
  const status = document.querySelector(`[data-copy-status="${button.dataset.copy}"]`);
  if (!source || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source.value);
      if (status) status.textContent = "Copied.";
    } catch {
      source.select();
      if (status) status.textContent = "Select the text and copy it.";
    }
  });
});
