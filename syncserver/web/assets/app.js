// Pantau dashboard: the pages work without this file; it only asks before
// a form that cannot be undone (revoking a device) is sent.
document.addEventListener("submit", (event) => {
  const question = event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) event.preventDefault();
});
