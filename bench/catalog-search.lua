-- wrk script: cycles through searches of different shapes (title words, prefixes, narrative words,
-- several words, a word in every profile).
local paths = {
  "/search?q=medical+records",
  "/search?q=analysts",
  "/search?q=tech",
  "/search?q=registrars",
  "/search?q=coding+classification+systems",
  "/search?q=health",
  "/search?q=clinical+data+managers",
  "/search?q=budgets",
  "/search?q=analysts&page=3",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
