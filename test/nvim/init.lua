-- A headless Neovim as the language client nobody here wrote: it opens the article named by
-- $ARTICLE, attaches the server ($SERVER, run by node) with Neovim's built-in LSP client,
-- waits for the diagnostics, asks for a hover on the first salary figure, applies the
-- preferred code action of the title-format diagnostic, waits for the re-lint, and writes
-- what it saw to $OUT as JSON. Written for Neovim 0.7 (Debian bookworm) and later: it uses
-- vim.lsp.start_client, which every version since 0.5 has (vim.lsp.start arrived in 0.8).
local out = assert(os.getenv('OUT'), 'OUT is not set')
local result = { diagnostics = {}, after = {} }

local function finish(err)
  if err then result.error = tostring(err) end
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd(err and 'cquit! 1' or 'qall!')
end

local function diagnostics_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, { line = d.lnum + 1, column = d.col + 1, severity = d.severity, code = d.code, message = d.message })
  end
  table.sort(list, function(a, b) return a.line < b.line or (a.line == b.line and a.column < b.column) end)
  return list
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape((assert(os.getenv('ARTICLE'), 'ARTICLE is not set'))))
  local bufnr = vim.api.nvim_get_current_buf()
  local published = 0
  local client_id = vim.lsp.start_client({
    name = 'career-articles',
    cmd = { 'node', assert(os.getenv('SERVER'), 'SERVER is not set'), '--stdio' },
    root_dir = os.getenv('ROOT'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
        published = published + 1
      end,
    },
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  assert(vim.wait(90000, function() return published > 0 end, 20), 'no diagnostics within 90 s')
  result.diagnostics = diagnostics_of(bufnr)
  local client = vim.lsp.get_client_by_id(client_id)

  -- Hover on the first salary figure of the article.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, line in ipairs(lines) do
    local col = line:find('%$%d')
    if col and i > 1 then
      local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) },
        position = { line = i - 1, character = col - 1 },
      }, 30000)
      local answer = hover and hover[client_id] and hover[client_id].result
      result.hover = answer and answer.contents and answer.contents.value or vim.NIL
      break
    end
  end

  -- The preferred code action of the title-format diagnostic, applied to the buffer.
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'title-format' then
      local lsp_diagnostic = d.user_data and d.user_data.lsp or {}
      local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) },
        range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
        context = { diagnostics = { lsp_diagnostic } },
      }, 30000)
      for _, action in ipairs(actions and actions[client_id] and actions[client_id].result or {}) do
        if action.isPreferred then
          result.action = action.title
          vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
          break
        end
      end
      break
    end
  end
  result.title = vim.api.nvim_buf_get_lines(bufnr, 0, 1, false)[1]
  local before = published
  assert(vim.wait(90000, function() return published > before end, 20), 'no diagnostics after the edit within 90 s')
  result.after = diagnostics_of(bufnr)
  client.stop()
end

vim.defer_fn(function()
  local ok, err = pcall(main)
  finish(not ok and err or nil)
end, 0)
