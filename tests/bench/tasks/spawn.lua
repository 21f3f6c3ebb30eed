local function double(x) return 2 * x end
local n = 1000000
local sum = 0
for i = 0, n - 1 do
  local co = coroutine.create(double)
  local _, r = coroutine.resume(co, i)
  sum = sum + r
end
print(sum)
