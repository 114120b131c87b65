// Shows only the category-specific fields the chosen category needs. Without JavaScript all
// fields stay visible and the server still validates every rule.
(function () {
  "use strict";
  var select = document.getElementById("id_category");
  if (!select) { return; }
  function update() {
    document.querySelectorAll("[data-category]").forEach(function (input) {
      var wrapper = input.closest(".mb-3") || input.parentElement;
      var hidden = select.value && input.getAttribute("data-category") !== select.value &&
        !input.value;
      wrapper.classList.toggle("d-none", Boolean(hidden));
    });
  }
  select.addEventListener("change", update);
  update();
})();
