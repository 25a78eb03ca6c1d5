// "Use my location": fills lat/lon from the browser and submits the form. The page works without it.
document.querySelectorAll("form.near .locate").forEach((button) => {
  if (!("geolocation" in navigator)) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.geolocation.getCurrentPosition((position) => {
      const form = button.form;
      for (const [name, value] of [["lat", position.coords.latitude], ["lon", position.coords.longitude]]) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value.toFixed(4);
        form.appendChild(input);
      }
      form.querySelector("input[name=postal]").value = "";
      form.submit();
    });
  });
});
