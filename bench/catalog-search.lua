-- wrk script: cycles through searches of different shapes (title words, prefixes, narrative words,
-- several words, a word in every profile) and finder queries.
local paths = {
  "/search?q=medical+records",
  "/search?q=analysts",
  "/search?q=tech",
  "/search?q=registrars",
  "/search?q=coding+classification+systems",
  "/search?q=health",
  "/search?q=clinical+data+managers",
  "/search?q=budgets",
  "/occupation-finder?education=bachelor&sort=pay",
  "/occupation-finder?growth=much-faster&pay=from-60000-to-79999",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
