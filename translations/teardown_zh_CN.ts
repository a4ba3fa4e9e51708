<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>%1 build, %2</source>
        <translation>%1 构建，%2</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（构建时使用 Qt %2）</translation>
    </message>
    <message>
        <source>About Teardown Console</source>
        <translation>关于 Teardown Console</translation>
    </message>
    <message>
        <source>Teardown Console</source>
        <translation>Teardown Console</translation>
    </message>
    <message>
        <source>Lists cloud instances across accounts, regions and providers, and returns them under each provider&apos;s rules: planned, confirmed, verified and recorded.</source>
        <translation>跨账号、地域和云厂商列出云服务器实例，并按各云厂商的规则退还：先计划、再确认，执行后核实并记录。</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License, Version 2.0&lt;/a&gt;.</source>
        <translation>依据 &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache 许可证 2.0 版&lt;/a&gt;授权。</translation>
    </message>
    <message>
        <source>History database:</source>
        <translation>历史数据库：</translation>
    </message>
    <message>
        <source>Settings and accounts:</source>
        <translation>设置和账号：</translation>
    </message>
</context>
<context>
    <name>AccountBrowser</name>
    <message>
        <source>All accounts</source>
        <translation>所有账号</translation>
    </message>
</context>
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Key id (SecretId):</source>
        <translation>密钥 ID（SecretId）(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>自定义接入地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Production:</source>
        <translation>生产环境：</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>只读：</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>留空则保留已保存的密钥</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s public endpoint. https://, or http:// on loopback</source>
        <translation>留空：使用服务商的公共接入地址。可填 https://，环回地址可用 http://</translation>
    </message>
    <message>
        <source>Empty: every region. Or e.g. ap-guangzhou, ap-shanghai</source>
        <translation>留空：所有地域。或例如 ap-guangzhou, ap-shanghai</translation>
    </message>
    <message>
        <source>More friction: returning anything needs a typed confirmation</source>
        <translation>更严格：退还任何实例都需要输入确认</translation>
    </message>
    <message>
        <source>Nothing can be returned through this account</source>
        <translation>不能通过此账号退还任何实例</translation>
    </message>
    <message>
        <source>Keep the secret for this session only (not in the keychain)</source>
        <translation>仅在本次会话中保留密钥（不存入钥匙串）</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>No keychain is available on this machine, so secrets cannot be stored. The secret will be kept for this session only and asked for again next time.</source>
        <translation>此计算机上没有可用的钥匙串，无法保存密钥。密钥仅在本次会话中保留，下次启动时需要重新输入。</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>请输入显示名称。</translation>
    </message>
    <message>
        <source>Enter the key id.</source>
        <translation>请输入密钥 ID。</translation>
    </message>
    <message>
        <source>The key id cannot contain spaces.</source>
        <translation>密钥 ID 不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation>请输入密钥。</translation>
    </message>
    <message>
        <source>The endpoint is not a valid http(s) URL.</source>
        <translation>接入地址不是有效的 http(s) URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region id (e.g. ap-guangzhou).</source>
        <translation>“%1”不是地域 ID（例如 ap-guangzhou）。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n region(s) available.</source>
        <translation>
            <numerusform>已连接：可用地域 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>没有可用的钥匙串：%1</translation>
    </message>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation>钥匙串未能保存密钥：%1</translation>
    </message>
    <message>
        <source>&amp;API version:</source>
        <translation>API 版本(&amp;A)：</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>&amp;AccessKeyId:</source>
        <translation>AccessKeyId(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;AccessKeyPassword:</source>
        <translation>AccessKeyPassword(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Zones:</source>
        <translation>可用区(&amp;R)：</translation>
    </message>
    <message>
        <source>Empty: every zone. Or e.g. SEL-A, HKG-A</source>
        <translation>留空：所有可用区。或填写如 SEL-A, HKG-A</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a zone id (e.g. SEL-A).</source>
        <translation>“%1”不是可用区 ID（例如 SEL-A）。</translation>
    </message>
    <message>
        <source>The API version is a date such as %1.</source>
        <translation>API 版本是日期格式，例如 %1。</translation>
    </message>
    <message>
        <source>A SecretId is AKID followed by 32 letters or digits.</source>
        <translation>SecretId 由 AKID 加 32 个字母或数字组成。</translation>
    </message>
    <message>
        <source>An AccessKeyId has 6 to 64 letters, digits and hyphens.</source>
        <translation>AccessKeyId 由 6 到 64 个字母、数字和连字符组成。</translation>
    </message>
    <message>
        <source>Go to the first field to fix</source>
        <translation>转到第一个需要修改的字段</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to fill in or fix before saving.</source>
        <translation>
            <numerusform>保存前还有 %n 个字段需要填写或修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountNetworkSection</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>System proxy (environment)</source>
        <translation>系统代理（环境变量）</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>代理主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort:</source>
        <translation>代理端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>代理用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate (PEM):</source>
        <translation>额外信任的 CA 证书（PEM）(&amp;C)：</translation>
    </message>
    <message>
        <source>1–65535</source>
        <translation>1–65535</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <source>Optional: trusted in addition to the system&apos;s certificates</source>
        <translation>可选：在系统证书之外额外信任</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>额外的 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>请输入代理的主机名或地址。</translation>
    </message>
    <message>
        <source>Enter only the host name or address, without a scheme, user or path.</source>
        <translation>只需输入主机名或地址，不要包含协议、用户名或路径。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port, from 1 to 65535.</source>
        <translation>请输入代理端口（1 到 65535）。</translation>
    </message>
    <message>
        <source>The user name cannot contain a colon.</source>
        <translation>用户名不能包含冒号。</translation>
    </message>
    <message>
        <source>Enter the user name the password belongs to.</source>
        <translation>请输入该密码对应的用户名。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; and its secret from the keychain? Its instances are not touched.</source>
        <translation>删除账号“%1”并从钥匙串中删除其密钥？其实例不受影响。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>The sandbox emulator is running at %1.</source>
        <translation>沙盒模拟器正在 %1 运行。</translation>
    </message>
    <message>
        <source>The sandbox emulator is not running.</source>
        <translation>沙盒模拟器未运行。</translation>
    </message>
    <message>
        <source>%1: connection failed: %2</source>
        <translation>%1：连接失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected, %n region(s) available.</source>
        <translation>
            <numerusform>%1：已连接，可用地域 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Get new temporary credentials and edit the account before they run out.</source>
        <translation>请在临时凭证过期前重新获取，并编辑账号填入。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>CallStatus</name>
    <message>
        <source>Sent, not confirmed</source>
        <translation>已发送，未确认</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The console stopped before the reply to this call arrived. The call may have been applied: check the instances.</source>
        <translation>控制台在收到此调用的回复之前已停止。该调用可能已生效：请检查相关实例。</translation>
    </message>
    <message>
        <source>The provider confirmed the call.</source>
        <translation>云服务商已确认该调用。</translation>
    </message>
    <message>
        <source>The provider rejected the call.</source>
        <translation>云服务商拒绝了该调用。</translation>
    </message>
    <message>
        <source>The reply was lost or the call was reviewed later: it may or may not have been applied.</source>
        <translation>回复已丢失，或该调用是事后复核的：它可能已生效，也可能未生效。</translation>
    </message>
</context>
<context>
    <name>ChargeClass</name>
    <message>
        <source>Pay as you go</source>
        <translation>按量计费</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>包年包月</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>竞价</translation>
    </message>
    <message>
        <source>Dedicated host</source>
        <translation>专用宿主机</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s to within a few seconds.</source>
        <translation>本机时钟与服务器时间相差不超过几秒。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s.</source>
        <translation>本机时钟比服务器时间快 %1。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s.</source>
        <translation>本机时钟比服务器时间慢 %1。</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>No secret is stored for this account. Edit the account to enter it.</source>
        <translation>此账号未保存密钥。请编辑账号并输入密钥。</translation>
    </message>
    <message>
        <source>No keychain is available, so the secret cannot be read. Enter it for this session in the account&apos;s settings.</source>
        <translation>没有可用的钥匙串，无法读取密钥。请在账号设置中输入仅用于本次会话的密钥。</translation>
    </message>
    <message>
        <source>The keychain refused to give the secret: %1</source>
        <translation>钥匙串拒绝提供密钥：%1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>less than a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>ErrorAdvice</name>
    <message>
        <source>If your network inspects TLS with its own CA, add that CA&apos;s certificate to the account (or --ca-file).</source>
        <comment>Network.TlsUntrusted</comment>
        <translation>如果您的网络使用自己的 CA 检查 TLS 流量，请将该 CA 的证书添加到账号（或使用 --ca-file）。</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s host name. If it is right, something else (a proxy or a wrong server) is answering for it.</source>
        <comment>Network.TlsHostMismatch</comment>
        <translation>请检查接入点的主机名。如果主机名无误，则说明有其他服务（代理或错误的服务器）在代为应答。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time. If they are right, the server&apos;s operator must renew its certificate.</source>
        <comment>Network.TlsExpired</comment>
        <translation>请检查本机的日期和时间。如果无误，则需要由服务器的运营方更新其证书。</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s host and port in the account&apos;s network settings (or the https_proxy environment variable for the system proxy) and that the proxy is running.</source>
        <comment>Network.ProxyUnreachable</comment>
        <translation>请检查账号网络设置中代理的主机和端口（使用系统代理时检查 https_proxy 环境变量），并确认代理服务器正在运行。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s user name and password in the account&apos;s network settings and try again.</source>
        <comment>Network.ProxyAuthentication</comment>
        <translation>请在账号的网络设置中填写代理的用户名和密码，然后重试。</translation>
    </message>
    <message>
        <source>Choose the CA certificate file again in the account&apos;s network settings (or --ca-file), or clear it to trust only the system&apos;s certificate authorities.</source>
        <comment>Teardown.CaFileMissing</comment>
        <translation>请在账号的网络设置中（或通过 --ca-file）重新选择 CA 证书文件，或将其清空以仅信任系统的证书颁发机构。</translation>
    </message>
    <message>
        <source>Check that the file is readable by you, then try again.</source>
        <comment>Teardown.CaFileUnreadable</comment>
        <translation>请确认您有权读取该文件，然后重试。</translation>
    </message>
    <message>
        <source>Export the CA&apos;s certificate in PEM form (text starting with &quot;-----BEGIN CERTIFICATE-----&quot;) and choose that file.</source>
        <comment>Teardown.CaFileInvalid</comment>
        <translation>请以 PEM 格式导出该 CA 的证书（以“-----BEGIN CERTIFICATE-----”开头的文本），然后选择该文件。</translation>
    </message>
    <message>
        <source>Correct this computer&apos;s clock (turn on automatic date and time, or NTP) and try again.</source>
        <comment>AuthFailure.SignatureExpire</comment>
        <translation>请校正本机时钟（开启自动设置日期和时间或 NTP 时间同步）后重试。</translation>
    </message>
    <message>
        <source>This account&apos;s CAM settings require multi-factor authentication (MFA) for this operation, which an API key cannot provide. Use a key whose CAM policy does not require MFA for TerminateInstances, or return the instances in the Tencent Cloud console, confirming with MFA.</source>
        <comment>UnauthorizedOperation.MFAExpired</comment>
        <translation>该账号的 CAM 设置要求此操作进行多因子认证（MFA），而 API 密钥无法提供 MFA。请改用 CAM 策略不要求 TerminateInstances 进行 MFA 的密钥，或在腾讯云控制台中通过 MFA 验证后退还这些实例。</translation>
    </message>
    <message>
        <source>This account&apos;s CAM settings require multi-factor authentication (MFA) for this operation, which an API key cannot provide. Use a key whose CAM policy does not require MFA for TerminateInstances, or return the instances in the Tencent Cloud console, confirming with MFA.</source>
        <comment>UnauthorizedOperation.MFANotFound</comment>
        <translation>该账号的 CAM 设置要求此操作进行多因子认证（MFA），而 API 密钥无法提供 MFA。请改用 CAM 策略不要求 TerminateInstances 进行 MFA 的密钥，或在腾讯云控制台中通过 MFA 验证后退还这些实例。</translation>
    </message>
    <message>
        <source>This account&apos;s CAM settings require multi-factor authentication (MFA) for this operation, which an API key cannot provide. Use a key whose CAM policy does not require MFA for ReturnInstance, or return the instances in the Tencent Cloud console, confirming with MFA.</source>
        <comment>4106</comment>
        <translation>该账号的 CAM 设置要求此操作进行多因子认证（MFA），而 API 密钥无法提供 MFA。请改用 CAM 策略不要求 ReturnInstance 进行 MFA 的密钥，或在腾讯云控制台中通过 MFA 验证后退还这些实例。</translation>
    </message>
    <message>
        <source>Correct this computer&apos;s clock (turn on automatic date and time, or NTP) and try again.</source>
        <comment>4200</comment>
        <translation>请校正本机时钟（开启自动设置日期和时间或 NTP 时间同步）后重试。</translation>
    </message>
    <message>
        <source>If this computer&apos;s clock is off, correct it (turn on automatic date and time, or NTP) and try again.</source>
        <comment>4500</comment>
        <translation>如果本机时钟不准，请校正（开启自动设置日期和时间或 NTP 时间同步）后重试。</translation>
    </message>
    <message>
        <source>Correct this computer&apos;s clock (turn on automatic date and time, or NTP) and try again.</source>
        <comment>AUTHFAILURE_SIGNATURE_EXPIRED</comment>
        <translation>请校正本机时钟（开启自动设置日期和时间或 NTP 时间同步）后重试。</translation>
    </message>
    <message>
        <source>The temporary credentials (session token) have expired or do not belong to this SecretId. Get new ones (STS GetFederationToken or AssumeRole, or tccli sts), then edit the account and enter the new SecretId, SecretKey and session token, or import them from the tccli profile.</source>
        <comment>AuthFailure.TokenFailure</comment>
        <translation>临时凭证（会话令牌）已过期，或与此 SecretId 不匹配。请重新获取临时凭证（STS GetFederationToken 或 AssumeRole，或 tccli sts），然后编辑账号，填入新的 SecretId、SecretKey 和会话令牌，或从 tccli 配置文件导入。</translation>
    </message>
    <message>
        <source>The temporary credentials (session token) have expired or do not belong to this SecretId. Get new ones (STS GetFederationToken or AssumeRole, or tccli sts), then edit the account and enter the new SecretId, SecretKey and session token, or import them from the tccli profile.</source>
        <comment>UnauthorizedOperation.InvalidToken</comment>
        <translation>临时凭证（会话令牌）已过期，或与此 SecretId 不匹配。请重新获取临时凭证（STS GetFederationToken 或 AssumeRole，或 tccli sts），然后编辑账号，填入新的 SecretId、SecretKey 和会话令牌，或从 tccli 配置文件导入。</translation>
    </message>
    <message>
        <source>The temporary credentials (session token) have expired or do not belong to this SecretId. Get new ones (STS GetFederationToken or AssumeRole, or tccli sts), then edit the account and enter the new SecretId, SecretKey and session token, or import them from the tccli profile.</source>
        <comment>4105</comment>
        <translation>临时凭证（会话令牌）已过期，或与此 SecretId 不匹配。请重新获取临时凭证（STS GetFederationToken 或 AssumeRole，或 tccli sts），然后编辑账号，填入新的 SecretId、SecretKey 和会话令牌，或从 tccli 配置文件导入。</translation>
    </message>
    <message>
        <source>Remove the tag (or set it to false) to return it, or plan again with the keep tags ignored.</source>
        <comment>Teardown.KeptByTag</comment>
        <translation>删除该标签（或将其设为 false）后即可退还，或在忽略保留标签的情况下重新规划。</translation>
    </message>
    <message>
        <source>Wait until then, or plan again with the keep tags ignored.</source>
        <comment>Teardown.KeptUntil</comment>
        <translation>请等到该时间之后，或在忽略保留标签的情况下重新规划。</translation>
    </message>
    <message>
        <source>Correct the tag&apos;s value, or plan again with the keep tags ignored.</source>
        <comment>Teardown.KeepUntilMalformed</comment>
        <translation>请更正该标签的值，或在忽略保留标签的情况下重新规划。</translation>
    </message>
    <message>
        <source>Plan it again from its current state and review the new plan.</source>
        <comment>Teardown.ChangedSinceSaved</comment>
        <translation>请按它当前的状态重新规划，并审阅新的计划。</translation>
    </message>
    <message>
        <source>Check the file&apos;s name and that you may read it.</source>
        <comment>Teardown.PlanFileUnreadable</comment>
        <translation>请检查文件名，以及你是否有权读取该文件。</translation>
    </message>
    <message>
        <source>Use the file exactly as the console&apos;s Save plan or teardownctl plan --out wrote it, or plan again.</source>
        <comment>Teardown.PlanFileMalformed</comment>
        <translation>请使用控制台的“保存计划”或 teardownctl plan --out 写出的原样文件，或者重新规划。</translation>
    </message>
    <message>
        <source>Open it with the version of Teardown Console that saved it, or plan again.</source>
        <comment>Teardown.PlanFileVersion</comment>
        <translation>请用保存它的 Teardown Console 版本打开，或者重新规划。</translation>
    </message>
    <message>
        <source>Saved plans cannot be edited. Ask for the original file, or plan again.</source>
        <comment>Teardown.PlanFileEdited</comment>
        <translation>已保存的计划不能编辑。请索取原始文件，或者重新规划。</translation>
    </message>
    <message>
        <source>Configure the account with the same key id (console: Accounts; teardownctl: --account, or --provider with the key pair in the environment), then open the plan again.</source>
        <comment>Teardown.PlanFileUnknownAccount</comment>
        <translation>请配置使用同一密钥 ID 的账号（控制台：“账号”菜单；teardownctl：--account，或 --provider 并在环境变量中提供密钥对），然后重新打开该计划。</translation>
    </message>
    <message>
        <source>Use the key the plan was made with, or plan again with this account.</source>
        <comment>Teardown.PlanFileOtherKey</comment>
        <translation>请使用制定计划时所用的密钥，或者用此账号重新规划。</translation>
    </message>
    <message>
        <source>Plan again: the fleet may have changed since. teardownctl --max-age accepts older plans.</source>
        <comment>Teardown.PlanFileTooOld</comment>
        <translation>请重新规划：实例可能已经发生变化。teardownctl --max-age 可以接受更早的计划。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock and the clock of the computer the plan was saved on, then plan again.</source>
        <comment>Teardown.PlanFileFuture</comment>
        <translation>请检查本机时钟和保存该计划的计算机的时钟，然后重新规划。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with room for the file.</source>
        <comment>Teardown.PlanFileNotWritten</comment>
        <translation>请选择你有写入权限且空间足够的文件夹。</translation>
    </message>
    <message>
        <source>Check the instance&apos;s termination protection in the console, then plan it again.</source>
        <comment>Teardown.ProtectionNotLifted</comment>
        <translation>请在控制台检查该实例的销毁保护，然后重新制定计划。</translation>
    </message>
    <message>
        <source>Lift it in the provider&apos;s console, then plan again.</source>
        <comment>Teardown.LiftProtectionUnsupported</comment>
        <translation>请在服务商的控制台中关闭销毁保护，然后重新制定计划。</translation>
    </message>
    <message>
        <source>Lift it in the Tencent Cloud console, or use an API 3.0 account for this cloud account.</source>
        <comment>Teardown.LiftProtectionLegacy</comment>
        <translation>请在腾讯云控制台中关闭销毁保护，或为该云账号改用 API 3.0 账号。</translation>
    </message>
    <message>
        <source>Nothing to do: Zenlayer instances are returned without it.</source>
        <comment>Teardown.LiftProtectionZenlayer</comment>
        <translation>无需处理：Zenlayer 实例无需解除保护即可退还。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>The connection was refused. Check the endpoint and that the service is reachable.</source>
        <comment>Network.ConnectionRefused</comment>
        <translation>连接被拒绝。请检查接入地址以及服务是否可达。</translation>
    </message>
    <message>
        <source>The host name of the endpoint could not be resolved.</source>
        <comment>Network.HostNotFound</comment>
        <translation>无法解析接入地址的主机名。</translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <comment>Network.Timeout</comment>
        <translation>请求超时。</translation>
    </message>
    <message>
        <source>The connection was closed before the reply arrived.</source>
        <comment>Network.ConnectionClosed</comment>
        <translation>在收到回复之前连接已关闭。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed.</source>
        <comment>Network.Tls</comment>
        <translation>安全连接（TLS）失败。</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <comment>Network.Other</comment>
        <translation>发生网络错误。</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read (it is not the expected JSON).</source>
        <comment>Reply.Malformed</comment>
        <translation>无法读取服务器的回复（不是预期的 JSON）。</translation>
    </message>
    <message>
        <source>The server answered with an unexpected HTTP status.</source>
        <comment>Reply.HttpStatus</comment>
        <translation>服务器返回了意外的 HTTP 状态。</translation>
    </message>
    <message>
        <source>The reply to this call was lost: the provider may or may not have applied it. It was not resent; check the instance and plan again.</source>
        <comment>Teardown.OutcomeUnknown</comment>
        <translation>此调用的回复已丢失：服务商可能已执行，也可能未执行。该调用未被重发；请检查实例后重新制定计划。</translation>
    </message>
    <message>
        <source>The call was accepted, but the expected state was not reached in time.</source>
        <comment>Teardown.NotConfirmed</comment>
        <translation>调用已被接受，但未在规定时间内达到预期状态。</translation>
    </message>
    <message>
        <source>The instance is already in the recycle bin. Release it from the recycle bin to destroy it.</source>
        <comment>Teardown.AlreadyInRecycleBin</comment>
        <translation>实例已在回收站中。如需销毁，请从回收站释放。</translation>
    </message>
    <message>
        <source>Only instances in the recycle bin can be released.</source>
        <comment>Teardown.NotInRecycleBin</comment>
        <translation>只有回收站中的实例才能释放。</translation>
    </message>
    <message>
        <source>The account is marked read-only: nothing can be returned through it.</source>
        <comment>Teardown.AccountReadOnly</comment>
        <translation>该账号被标记为只读：不能通过它退还任何实例。</translation>
    </message>
    <message>
        <source>The instance belongs to an account that is not configured.</source>
        <comment>Teardown.UnknownAccount</comment>
        <translation>该实例所属的账号未配置。</translation>
    </message>
    <message>
        <source>The instance ID is malformed.</source>
        <comment>Teardown.InvalidInstanceId</comment>
        <translation>实例 ID 格式不正确。</translation>
    </message>
    <message>
        <source>The instance no longer exists.</source>
        <comment>Teardown.NoLongerExists</comment>
        <translation>实例已不存在。</translation>
    </message>
    <message>
        <source>The history could not be written, so the destructive call was not sent.</source>
        <comment>Teardown.HistoryUnavailable</comment>
        <translation>无法写入历史记录，因此未发送销毁性调用。</translation>
    </message>
    <message>
        <source>No credentials are available for this account.</source>
        <comment>Teardown.NoCredentials</comment>
        <translation>该账号没有可用的凭据。</translation>
    </message>
    <message>
        <source>Plain http:// is accepted only for loopback addresses; use https://.</source>
        <comment>Teardown.InsecureEndpoint</comment>
        <translation>仅环回地址可使用明文 http://；请使用 https://。</translation>
    </message>
    <message>
        <source>This API has been deprecated.</source>
        <comment>ActionOffline</comment>
        <translation>接口已下线。</translation>
    </message>
    <message>
        <source>Authorization in the request header is invalid.</source>
        <comment>AuthFailure.InvalidAuthorization</comment>
        <translation>请求头部的Authorization不符合腾讯云标准。</translation>
    </message>
    <message>
        <source>Invalid key (not a TencentCloud API key type).</source>
        <comment>AuthFailure.InvalidSecretId</comment>
        <translation>密钥非法（不是云API密钥类型）。</translation>
    </message>
    <message>
        <source>MFA failed.</source>
        <comment>AuthFailure.MFAFailure</comment>
        <translation>MFA错误。</translation>
    </message>
    <message>
        <source>Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the key is correctly entered. Note that whitespaces should not exist before or after the key.</source>
        <comment>AuthFailure.SecretIdNotFound</comment>
        <translation>密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。</translation>
    </message>
    <message>
        <source>Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time.</source>
        <comment>AuthFailure.SignatureExpire</comment>
        <translation>签名过期。Timestamp和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。</translation>
    </message>
    <message>
        <source>Invalid signature. Signature calculation error. Please ensure you’ve followed the signature calculation process described in the Signature API documentation.</source>
        <comment>AuthFailure.SignatureFailure</comment>
        <translation>签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。</translation>
    </message>
    <message>
        <source>Token error.</source>
        <comment>AuthFailure.TokenFailure</comment>
        <translation>token错误。</translation>
    </message>
    <message>
        <source>The request is not authorized. For more information, see the CAM documentation.</source>
        <comment>AuthFailure.UnauthorizedOperation</comment>
        <translation>请求未授权。请参考CAM文档对鉴权的说明。</translation>
    </message>
    <message>
        <source>DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.</source>
        <comment>DryRunOperation</comment>
        <translation>DryRun操作，代表请求将会是成功的，只是多传了DryRun参数。</translation>
    </message>
    <message>
        <source>Operation failed.</source>
        <comment>FailedOperation</comment>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>The tag key contains invalid characters.</source>
        <comment>FailedOperation.IllegalTagKey</comment>
        <translation>标签键存在不合法字符</translation>
    </message>
    <message>
        <source>The tag value contains invalid characters.</source>
        <comment>FailedOperation.IllegalTagValue</comment>
        <translation>标签值存在不合法字符。</translation>
    </message>
    <message>
        <source>Failed to query the refund: the payment order is not found. Check whether the instance ins-xxxxxxx has expired.</source>
        <comment>FailedOperation.InquiryRefundPriceFailed</comment>
        <translation>查询退换价格失败，找不到付款订单，请检查设备 ins-xxxxxxx 是否已过期。</translation>
    </message>
    <message>
        <source>The applicationRole instance does not support the operation.</source>
        <comment>FailedOperation.InvalidInstanceApplicationRole</comment>
        <translation>不支持操作的applicationRole实例</translation>
    </message>
    <message>
        <source>The EMR instance ins-xxxxxxxx does not support this operation.</source>
        <comment>FailedOperation.InvalidInstanceApplicationRoleEmr</comment>
        <translation>请求不支持EMR的实例ins-xxxxxxxx。</translation>
    </message>
    <message>
        <source>The tag key specified in the request is reserved for the system.</source>
        <comment>FailedOperation.TagKeyReserved</comment>
        <translation>请求中指定的标签键为系统预留标签，禁止创建</translation>
    </message>
    <message>
        <source>The instance is unreturnable.</source>
        <comment>FailedOperation.Unreturnable</comment>
        <translation>实例无法退还。</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <comment>InternalError</comment>
        <translation>内部错误。</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <comment>InternalError.TradeUnknownError</comment>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <comment>InternalServerError</comment>
        <translation>操作内部错误。</translation>
    </message>
    <message>
        <source>The account has unpaid orders.</source>
        <comment>InvalidAccount.UnpaidOrder</comment>
        <translation>账户有未支付订单。</translation>
    </message>
    <message>
        <source>The API does not exist.</source>
        <comment>InvalidAction</comment>
        <translation>接口不存在。</translation>
    </message>
    <message>
        <source>Invalid filter.</source>
        <comment>InvalidFilter</comment>
        <translation>无效的过滤器。</translation>
    </message>
    <message>
        <source>The value of Filter exceeds the limit.</source>
        <comment>InvalidFilterValue.LimitExceeded</comment>
        <translation>Filter传值超出限制。</translation>
    </message>
    <message>
        <source>Invalid CDH ID. The specified CDH ID has an invalid format. For example, host-1122 has an invalid ID length.</source>
        <comment>InvalidHostId.Malformed</comment>
        <translation>无效CDH ID。指定的CDH ID格式错误。例如ID长度错误host-1122。</translation>
    </message>
    <message>
        <source>This instance is not supported.</source>
        <comment>InvalidInstance.NotSupported</comment>
        <translation>不被支持的实例。</translation>
    </message>
    <message>
        <source>Invalid instance ID. The specified instance ID has an invalid format. For example, ins-1122 has an invalid ID length.</source>
        <comment>InvalidInstanceId.Malformed</comment>
        <translation>无效实例ID。指定的实例ID格式错误。例如实例ID长度错误ins-1122。</translation>
    </message>
    <message>
        <source>No instance found.</source>
        <comment>InvalidInstanceId.NotFound</comment>
        <translation>没有找到相应实例。</translation>
    </message>
    <message>
        <source>This instance does not meet the return policy for prepaid instances.</source>
        <comment>InvalidInstanceNotSupportedPrepaidInstance</comment>
        <translation>该实例不满足包月退还规则。</translation>
    </message>
    <message>
        <source>Incorrect parameter.</source>
        <comment>InvalidParameter</comment>
        <translation>参数错误（包括参数格式、类型等错误）。</translation>
    </message>
    <message>
        <source>Invalid parameter value.</source>
        <comment>InvalidParameterValue</comment>
        <translation>参数取值错误。</translation>
    </message>
    <message>
        <source>Invalid IP format</source>
        <comment>InvalidParameterValue.IPAddressMalformed</comment>
        <translation>IP格式非法。</translation>
    </message>
    <message>
        <source>Invalid IPv6 address</source>
        <comment>InvalidParameterValue.IPv6AddressMalformed</comment>
        <translation>ipv6地址无效</translation>
    </message>
    <message>
        <source>Invalid instance ID. Please enter a valid ID, such as ins-xxxxxxxx (“x” represents a lower-case letter or a number).</source>
        <comment>InvalidParameterValue.InstanceIdMalformed</comment>
        <translation>实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。</translation>
    </message>
    <message>
        <source>Invalid AppID</source>
        <comment>InvalidParameterValue.InvalidAppIdFormat</comment>
        <translation>无效的appid。</translation>
    </message>
    <message>
        <source>Invalid IP address.</source>
        <comment>InvalidParameterValue.InvalidIpFormat</comment>
        <translation>IP地址不符合规范</translation>
    </message>
    <message>
        <source>Incorrect time format.</source>
        <comment>InvalidParameterValue.InvalidTimeFormat</comment>
        <translation>时间格式不合法。</translation>
    </message>
    <message>
        <source>Invalid fuzzy query string</source>
        <comment>InvalidParameterValue.InvalidVagueName</comment>
        <translation>无效的模糊查询字符串。</translation>
    </message>
    <message>
        <source>The number of parameter values exceeds the limit.</source>
        <comment>InvalidParameterValue.LimitExceeded</comment>
        <translation>参数值数量超过限制。</translation>
    </message>
    <message>
        <source>Unsupported operation.</source>
        <comment>InvalidParameterValue.NotSupported</comment>
        <translation>不支持的操作。</translation>
    </message>
    <message>
        <source>Invalid subnet ID. Please provide a subnet ID in the format of subnet-xxxxxxxx, where “x” can be a lowercase letter or number.</source>
        <comment>InvalidParameterValue.SubnetIdMalformed</comment>
        <translation>子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字</translation>
    </message>
    <message>
        <source>The specified tag does not exist</source>
        <comment>InvalidParameterValue.TagKeyNotFound</comment>
        <translation>指定的标签不存在。</translation>
    </message>
    <message>
        <source>Invalid UUID.</source>
        <comment>InvalidParameterValue.UuidMalformed</comment>
        <translation>uuid不合要求。</translation>
    </message>
    <message>
        <source>The VPC ID xxx is invalid. Please provide a VPC ID in the format of vpc-xxxxxxxx, where “x” can be a lowercase letter or number.</source>
        <comment>InvalidParameterValue.VpcIdMalformed</comment>
        <translation>VPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。</translation>
    </message>
    <message>
        <source>The multipart format of the request body is incorrect.</source>
        <comment>InvalidRequest</comment>
        <translation>请求body的multipart格式错误。</translation>
    </message>
    <message>
        <source>The specified security group ID does not exist.</source>
        <comment>InvalidSecurityGroupId.NotFound</comment>
        <translation>指定的安全组ID不存在。</translation>
    </message>
    <message>
        <source>The specified security group ID is in the wrong format. For example, sg-ide32 has an invalid instance ID length.</source>
        <comment>InvalidSgId.Malformed</comment>
        <translation>指定的安全组ID格式错误，例如实例ID长度错误sg-ide32。</translation>
    </message>
    <message>
        <source>The specified zone does not exist.</source>
        <comment>InvalidZone.MismatchRegion</comment>
        <translation>指定的zone不存在。</translation>
    </message>
    <message>
        <source>Your IP is in uin IP blacklist.</source>
        <comment>IpInBlacklist</comment>
        <translation>IP地址在黑名单中。</translation>
    </message>
    <message>
        <source>Your IP is not in uin IP whitelist.</source>
        <comment>IpNotInWhitelist</comment>
        <translation>IP地址不在白名单中。</translation>
    </message>
    <message>
        <source>Quota limit exceeded.</source>
        <comment>LimitExceeded</comment>
        <translation>超过配额限制。</translation>
    </message>
    <message>
        <source>Failed to return instances because of the quota limit.</source>
        <comment>LimitExceeded.UserReturnQuota</comment>
        <translation>退还失败，退还配额已达上限。</translation>
    </message>
    <message>
        <source>A parameter is missing.</source>
        <comment>MissingParameter</comment>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>An identical job is running.</source>
        <comment>MutexOperation.TaskRunning</comment>
        <translation>同样的任务正在运行。</translation>
    </message>
    <message>
        <source>The product does not exist.</source>
        <comment>NoSuchProduct</comment>
        <translation>产品不存在。</translation>
    </message>
    <message>
        <source>The API version does not exist.</source>
        <comment>NoSuchVersion</comment>
        <translation>接口版本不存在。</translation>
    </message>
    <message>
        <source>The instance has an operation in progress. Please try again later.</source>
        <comment>OperationDenied.InstanceOperationInProgress</comment>
        <translation>实例正在执行其他操作，请稍后再试。</translation>
    </message>
    <message>
        <source>The number of requests exceeds the frequency limit.</source>
        <comment>RequestLimitExceeded</comment>
        <translation>请求的次数超过了频率限制。</translation>
    </message>
    <message>
        <source>Uin exceeds the frequency limit.</source>
        <comment>RequestLimitExceeded.GlobalRegionUinLimitExceeded</comment>
        <translation>主账号超过频率限制。</translation>
    </message>
    <message>
        <source>The number of ip requests exceeds the frequency limit.</source>
        <comment>RequestLimitExceeded.IPLimitExceeded</comment>
        <translation>IP限频。</translation>
    </message>
    <message>
        <source>The number of uin requests exceeds the frequency limit.</source>
        <comment>RequestLimitExceeded.UinLimitExceeded</comment>
        <translation>主账号限频。</translation>
    </message>
    <message>
        <source>The request size exceeds the upper limit.</source>
        <comment>RequestSizeLimitExceeded</comment>
        <translation>请求包超过限制大小。</translation>
    </message>
    <message>
        <source>Resource is in use.</source>
        <comment>ResourceInUse</comment>
        <translation>资源被占用。</translation>
    </message>
    <message>
        <source>Insufficient resource.</source>
        <comment>ResourceInsufficient</comment>
        <translation>资源不足。</translation>
    </message>
    <message>
        <source>The resource does not exist.</source>
        <comment>ResourceNotFound</comment>
        <translation>资源不存在。</translation>
    </message>
    <message>
        <source>The HPC cluster does not exist.</source>
        <comment>ResourceNotFound.HpcCluster</comment>
        <translation>高性能计算集群不存在。</translation>
    </message>
    <message>
        <source>Resource is unavailable.</source>
        <comment>ResourceUnavailable</comment>
        <translation>资源不可用。</translation>
    </message>
    <message>
        <source>The response size exceeds the upper limit.</source>
        <comment>ResponseSizeLimitExceeded</comment>
        <translation>返回包超过限制大小。</translation>
    </message>
    <message>
        <source>Service is unavailable now.</source>
        <comment>ServiceUnavailable</comment>
        <translation>当前服务暂时不可用。</translation>
    </message>
    <message>
        <source>Unauthorized operation.</source>
        <comment>UnauthorizedOperation</comment>
        <translation>未授权操作。</translation>
    </message>
    <message>
        <source>Check if the token is valid.</source>
        <comment>UnauthorizedOperation.InvalidToken</comment>
        <translation>请确认Token是否有效。</translation>
    </message>
    <message>
        <source>Unauthorized operation. Make sure Multi-Factor Authentication (MFA) is valid.</source>
        <comment>UnauthorizedOperation.MFAExpired</comment>
        <translation>您无法进行当前操作，请确认多因子认证（MFA）是否失效。</translation>
    </message>
    <message>
        <source>Unauthorized operation. Make sure Multi-Factor Authentication (MFA) exists.</source>
        <comment>UnauthorizedOperation.MFANotFound</comment>
        <translation>没有权限进行此操作，请确认是否存在多因子认证（MFA）。</translation>
    </message>
    <message>
        <source>Unknown parameter.</source>
        <comment>UnknownParameter</comment>
        <translation>未知参数错误，用户多传未定义的参数会导致错误。</translation>
    </message>
    <message>
        <source>Unsupported operation.</source>
        <comment>UnsupportedOperation</comment>
        <translation>操作不支持。</translation>
    </message>
    <message>
        <source>This instance billing mode does not support the operation.</source>
        <comment>UnsupportedOperation.InstanceChargeType</comment>
        <translation>请求不支持该实例计费模式</translation>
    </message>
    <message>
        <source>A mixed payment mode is not supported.</source>
        <comment>UnsupportedOperation.InstanceMixedPricingModel</comment>
        <translation>不支持混合付费模式。</translation>
    </message>
    <message>
        <source>Central AZ and edge zone instances cannot be mixed in batch operation.</source>
        <comment>UnsupportedOperation.InstanceMixedZoneType</comment>
        <translation>中心可用区和边缘可用区实例不能混用批量操作。</translation>
    </message>
    <message>
        <source>This CVM is blocked. Please submit a ticket.</source>
        <comment>UnsupportedOperation.InstanceStateBanning</comment>
        <translation>该子机处于封禁状态，请联系相关人员处理。</translation>
    </message>
    <message>
        <source>Instances are entering the rescue mode, and this operation is not supported.</source>
        <comment>UnsupportedOperation.InstanceStateEnterRescueMode</comment>
        <translation>请求不支持进入救援模式的实例</translation>
    </message>
    <message>
        <source>The instance ins-xxxxxx in the ENTER_SERVICE_LIVE_MIGRATE status is not supported.</source>
        <comment>UnsupportedOperation.InstanceStateEnterServiceLiveMigrate</comment>
        <translation>不支持状态为 ENTER_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。</translation>
    </message>
    <message>
        <source>Instances are exiting from the rescue mode, and this operation is not supported.</source>
        <comment>UnsupportedOperation.InstanceStateExitRescueMode</comment>
        <translation>请求不支持正在退出救援模式的实例</translation>
    </message>
    <message>
        <source>The instance ins-xxxxxx in the EXIT_SERVICE_LIVE_MIGRATE status is not supported.</source>
        <comment>UnsupportedOperation.InstanceStateExitServiceLiveMigrate</comment>
        <translation>不支持状态为 EXIT_SERVICE_LIVE_MIGRATE.的实例 ins-xxxxxx 。</translation>
    </message>
    <message>
        <source>The operation is not supported for the frozen instances.</source>
        <comment>UnsupportedOperation.InstanceStateFreezing</comment>
        <translation>操作不支持已冻结的实例。</translation>
    </message>
    <message>
        <source>Unable to isolate: the instance is isolated</source>
        <comment>UnsupportedOperation.InstanceStateIsolating</comment>
        <translation>请求不支持正在隔离状态的实例。</translation>
    </message>
    <message>
        <source>The instance is failed to create, so the operation is not supported.</source>
        <comment>UnsupportedOperation.InstanceStateLaunchFailed</comment>
        <translation>不支持操作创建失败的实例。</translation>
    </message>
    <message>
        <source>The instances are being created, and this operation is not supported.</source>
        <comment>UnsupportedOperation.InstanceStatePending</comment>
        <translation>请求不支持创建未完成的实例</translation>
    </message>
    <message>
        <source>The instances are being restarted, and this operation is not supported.</source>
        <comment>UnsupportedOperation.InstanceStateRebooting</comment>
        <translation>请求不支持正在重启的实例</translation>
    </message>
    <message>
        <source>The instance is starting up, and this operation is not supported.</source>
        <comment>UnsupportedOperation.InstanceStateStarting</comment>
        <translation>实例开机中，不允许该操作。</translation>
    </message>
    <message>
        <source>The instance is being shut down, and this operation is not supported.</source>
        <comment>UnsupportedOperation.InstanceStateStopping</comment>
        <translation>请求不支持正在关机的实例</translation>
    </message>
    <message>
        <source>Terminated instances are not supported.</source>
        <comment>UnsupportedOperation.InstanceStateTerminated</comment>
        <translation>不支持已销毁的实例</translation>
    </message>
    <message>
        <source>The instance is being terminated, and the operation is not supported.</source>
        <comment>UnsupportedOperation.InstanceStateTerminating</comment>
        <translation>请求不支持正在销毁的实例</translation>
    </message>
    <message>
        <source>The instance is under termination protection and cannot be terminated. Disable the termination protection and try again.</source>
        <comment>UnsupportedOperation.InstancesProtected</comment>
        <translation>不支持已启用销毁保护的实例，请先到设置实例销毁保护，关闭实例销毁保护，然后重试。</translation>
    </message>
    <message>
        <source>The user does not have permissions to operate the current instance.</source>
        <comment>UnsupportedOperation.InvalidInstancesOwner</comment>
        <translation>用户无权限操作当前实例。</translation>
    </message>
    <message>
        <source>An instance with an enterprise operating system installed cannot be returned.</source>
        <comment>UnsupportedOperation.RedHatInstanceTerminateUnsupported</comment>
        <translation>实例使用商业操作系统，不支持退还。</translation>
    </message>
    <message>
        <source>The operating system of the instance is RedHat, so this operation is not supported.</source>
        <comment>UnsupportedOperation.RedHatInstanceUnsupported</comment>
        <translation>请求不支持操作系统为RedHat的实例。</translation>
    </message>
    <message>
        <source>The region is unsupported.</source>
        <comment>UnsupportedOperation.Region</comment>
        <translation>不支持该地域</translation>
    </message>
    <message>
        <source>This special instance type does not support the operation.</source>
        <comment>UnsupportedOperation.SpecialInstanceType</comment>
        <translation>请求不支持特殊机型的实例</translation>
    </message>
    <message>
        <source>The quota of user limit operations is insufficient.</source>
        <comment>UnsupportedOperation.UserLimitOperationExceedQuota</comment>
        <translation>用户限额操作的配额不足。</translation>
    </message>
    <message>
        <source>HTTP(S) request protocol error; only GET and POST requests are supported.</source>
        <comment>UnsupportedProtocol</comment>
        <translation>http(s)请求协议错误，只支持GET和POST请求。</translation>
    </message>
    <message>
        <source>API does not support the requested region.</source>
        <comment>UnsupportedRegion</comment>
        <translation>接口不支持所传地域。</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
    <message>
        <source>The legacy API (ReturnInstance) returns only pay-as-you-go instances. To return a prepaid instance, submit a ticket to Tencent Cloud, or use an API 3.0 account.</source>
        <comment>Teardown.LegacyPostpaidOnly</comment>
        <translation>旧版 API（ReturnInstance）只能退还按量计费实例。如需退还包年包月实例，请向腾讯云提交工单，或使用 API 3.0 账号。</translation>
    </message>
    <message>
        <source>The instance status is incorrect, or the instance status could not be obtained.</source>
        <comment>OperationConstraints.InvaildInstanceStatus</comment>
        <translation>实例状态不正确或获取实例状态失败。</translation>
    </message>
    <message>
        <source>Invalid request parameters: a required parameter is missing or malformed.</source>
        <comment>4000</comment>
        <translation>请求参数非法：缺少必需参数或参数格式不正确。</translation>
    </message>
    <message>
        <source>Authentication failed: check the SecretKey and that the signature is URL-encoded.</source>
        <comment>4100</comment>
        <translation>身份认证失败：请检查 SecretKey，以及签名是否已进行 URL 编码。</translation>
    </message>
    <message>
        <source>The sub-account is not authorized to call this API.</source>
        <comment>4101</comment>
        <translation>子账号未被授权访问该接口。</translation>
    </message>
    <message>
        <source>The sub-account is not authorized to access this resource.</source>
        <comment>4102</comment>
        <translation>子账号未被授权访问该资源。</translation>
    </message>
    <message>
        <source>The sub-account is not authorized to access the resource this API operates on.</source>
        <comment>4103</comment>
        <translation>子账号未被授权访问当前接口所操作的资源。</translation>
    </message>
    <message>
        <source>The SecretId does not exist, or the key is disabled.</source>
        <comment>4104</comment>
        <translation>密钥不存在或已被禁用。</translation>
    </message>
    <message>
        <source>The token is invalid.</source>
        <comment>4105</comment>
        <translation>Token 错误。</translation>
    </message>
    <message>
        <source>MFA verification failed.</source>
        <comment>4106</comment>
        <translation>MFA 校验失败。</translation>
    </message>
    <message>
        <source>Authorization failed (CAM).</source>
        <comment>4110</comment>
        <translation>其他 CAM 鉴权失败。</translation>
    </message>
    <message>
        <source>The request has expired.</source>
        <comment>4200</comment>
        <translation>请求已过期。</translation>
    </message>
    <message>
        <source>Access denied: the account is blocked or not allowed to use this API.</source>
        <comment>4300</comment>
        <translation>拒绝访问：账号被封禁，或不在接口允许的用户范围内。</translation>
    </message>
    <message>
        <source>The quota or request rate limit was exceeded.</source>
        <comment>4400</comment>
        <translation>超过配额或请求频率限制。</translation>
    </message>
    <message>
        <source>Replay attack: the Nonce was reused, or the Timestamp is too far from the server time.</source>
        <comment>4500</comment>
        <translation>重放攻击：Nonce 被重复使用，或 Timestamp 与服务器时间相差过大。</translation>
    </message>
    <message>
        <source>Protocol not supported: use HTTPS.</source>
        <comment>4600</comment>
        <translation>协议不支持：请使用 HTTPS。</translation>
    </message>
    <message>
        <source>The resource does not exist, has already been returned, or belongs to another account.</source>
        <comment>5000</comment>
        <translation>资源不存在、已被退还或不属于当前账号。</translation>
    </message>
    <message>
        <source>The operation on the resource failed. Try again later.</source>
        <comment>5100</comment>
        <translation>资源操作失败，请稍后重试。</translation>
    </message>
    <message>
        <source>The purchase failed (unsupported configuration or insufficient stock).</source>
        <comment>5200</comment>
        <translation>资源购买失败（配置不支持或库存不足）。</translation>
    </message>
    <message>
        <source>The purchase failed: insufficient balance.</source>
        <comment>5300</comment>
        <translation>资源购买失败：余额不足。</translation>
    </message>
    <message>
        <source>The batch operation succeeded only partly.</source>
        <comment>5400</comment>
        <translation>批量操作部分执行成功。</translation>
    </message>
    <message>
        <source>The account&apos;s qualification check failed.</source>
        <comment>5500</comment>
        <translation>用户资质审核未通过。</translation>
    </message>
    <message>
        <source>Internal server error.</source>
        <comment>6000</comment>
        <translation>服务器内部错误。</translation>
    </message>
    <message>
        <source>This action is not supported in this version, or is under maintenance.</source>
        <comment>6100</comment>
        <translation>该版本暂不支持此接口，或接口正在维护。</translation>
    </message>
    <message>
        <source>The API is temporarily unavailable (maintenance).</source>
        <comment>6200</comment>
        <translation>接口暂时无法访问（维护中）。</translation>
    </message>
    <message>
        <source>The Authorization header is malformed or not in the Zenlayer format.</source>
        <comment>AUTHFAILURE_INVALID_AUTHORIZATION</comment>
        <translation>Authorization 请求头格式错误或不符合 Zenlayer 格式。</translation>
    </message>
    <message>
        <source>The signature has expired: the request time differs from the server time by more than five minutes. Check this computer&apos;s clock.</source>
        <comment>AUTHFAILURE_SIGNATURE_EXPIRED</comment>
        <translation>签名已过期：请求时间与服务器时间相差超过五分钟。请检查本机时钟。</translation>
    </message>
    <message>
        <source>The signature does not match: check the AccessKeyId and AccessKeyPassword.</source>
        <comment>AUTHFAILURE_SIGNATURE_FAILURE</comment>
        <translation>签名不匹配：请检查 AccessKeyId 和 AccessKeyPassword。</translation>
    </message>
    <message>
        <source>The access key is not authorized for this operation, or the action does not exist.</source>
        <comment>AUTHFAILURE_UNAUTHORIZED_OPERATION</comment>
        <translation>该访问密钥无权执行此操作，或该接口不存在。</translation>
    </message>
    <message>
        <source>Internal server error.</source>
        <comment>INTERNAL_SERVER_ERROR</comment>
        <translation>服务器内部错误。</translation>
    </message>
    <message>
        <source>Instance does not exist.</source>
        <comment>INVALID_INSTANCE_NOT_FOUND</comment>
        <translation>实例不存在。</translation>
    </message>
    <message>
        <source>A date parameter has the wrong format.</source>
        <comment>INVALID_PARAMETER_DATE_FORMAT_ERROR</comment>
        <translation>日期参数格式错误。</translation>
    </message>
    <message>
        <source>A parameter has too many elements or characters.</source>
        <comment>INVALID_PARAMETER_EXCEED_LENGTH</comment>
        <translation>参数的元素或字符过多。</translation>
    </message>
    <message>
        <source>A parameter value is above its maximum.</source>
        <comment>INVALID_PARAMETER_EXCEED_MAXIMUM</comment>
        <translation>参数值超过最大值。</translation>
    </message>
    <message>
        <source>A parameter has too few elements or characters.</source>
        <comment>INVALID_PARAMETER_LESS_LENGTH</comment>
        <translation>参数的元素或字符过少。</translation>
    </message>
    <message>
        <source>A parameter value is below its minimum.</source>
        <comment>INVALID_PARAMETER_LESS_MINIMUM</comment>
        <translation>参数值低于最小值。</translation>
    </message>
    <message>
        <source>A parameter value does not match the required pattern.</source>
        <comment>INVALID_PARAMETER_PATTERN_ERROR</comment>
        <translation>参数值不符合要求的格式。</translation>
    </message>
    <message>
        <source>A parameter has the wrong type.</source>
        <comment>INVALID_PARAMETER_TYPE</comment>
        <translation>参数类型错误。</translation>
    </message>
    <message>
        <source>A parameter value is not one of the allowed values.</source>
        <comment>INVALID_PARAMETER_VALUE</comment>
        <translation>参数值不在允许的取值范围内。</translation>
    </message>
    <message>
        <source>The specified zone does not exist.</source>
        <comment>INVALID_ZONE_NOT_FOUND</comment>
        <translation>指定的可用区不存在。</translation>
    </message>
    <message>
        <source>A required parameter is missing.</source>
        <comment>MISSING_PARAMETER</comment>
        <translation>缺少必填参数。</translation>
    </message>
    <message>
        <source>Operations on instances in CREATING status are not supported.</source>
        <comment>OPERATION_DENIED_INSTANCE_CREATING</comment>
        <translation>不支持对处于 CREATING（创建中）状态的实例进行操作。</translation>
    </message>
    <message>
        <source>Only operations on instances in recycle bin are supported.</source>
        <comment>OPERATION_DENIED_INSTANCE_NOT_RECYCLED</comment>
        <translation>仅支持对回收站中的实例进行操作。</translation>
    </message>
    <message>
        <source>The instance is not running.</source>
        <comment>OPERATION_DENIED_INSTANCE_NOT_RUNNING</comment>
        <translation>实例未在运行。</translation>
    </message>
    <message>
        <source>The instance is not stopped.</source>
        <comment>OPERATION_DENIED_INSTANCE_NOT_STOPPED</comment>
        <translation>实例未关机。</translation>
    </message>
    <message>
        <source>Operations on instances in recycle bin are not supported.</source>
        <comment>OPERATION_DENIED_INSTANCE_RECYCLED</comment>
        <translation>不支持对回收站中的实例进行操作。</translation>
    </message>
    <message>
        <source>The instance&apos;s status does not allow this operation.</source>
        <comment>OPERATION_DENIED_INSTANCE_STATUS</comment>
        <translation>实例当前状态不允许此操作。</translation>
    </message>
    <message>
        <source>Operations on instances in INSTALLING status are not supported.</source>
        <comment>OPERATION_DENIED_INSTANCE_STATUS_INSTALLING</comment>
        <translation>不支持对处于 INSTALLING（安装中）状态的实例进行操作。</translation>
    </message>
    <message>
        <source>Operations on subscription instances are not supported.</source>
        <comment>OPERATION_DENIED_INSTANCE_SUBSCRIPTION</comment>
        <translation>不支持对包年包月实例进行此操作。</translation>
    </message>
    <message>
        <source>Operations failed. Resources in commitment period.</source>
        <comment>OPERATION_DENIED_POSTPAID_PROMISE</comment>
        <translation>操作失败：资源处于承诺使用期内。</translation>
    </message>
    <message>
        <source>The operation is not allowed on a resource that is being recycled.</source>
        <comment>OPERATION_FAILED_FOR_RECYCLE_RESOURCE</comment>
        <translation>不允许对正在回收的资源执行此操作。</translation>
    </message>
    <message>
        <source>The resource group does not exist.</source>
        <comment>OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND</comment>
        <translation>资源组不存在。</translation>
    </message>
    <message>
        <source>The target resource does not exist.</source>
        <comment>OPERATION_FAILED_RESOURCE_NOT_FOUND</comment>
        <translation>目标资源不存在。</translation>
    </message>
    <message>
        <source>The request was blocked by a security policy (HTTP 451).</source>
        <comment>REQUEST_BLOCKED</comment>
        <translation>请求被安全策略拦截（HTTP 451）。</translation>
    </message>
    <message>
        <source>Too many requests: the rate limit was reached. Try again later.</source>
        <comment>REQUEST_LIMIT_EXCEEDED</comment>
        <translation>请求过于频繁，已达到频率限制。请稍后重试。</translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <comment>REQUEST_TIMED_OUT</comment>
        <translation>请求超时。</translation>
    </message>
    <message>
        <source>The request was stopped by a security challenge at the provider&apos;s edge; it did not reach the API.</source>
        <comment>SECURITY_CHALLENGE</comment>
        <translation>请求在服务商边缘被安全验证拦截，未到达 API。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Try again later.</source>
        <comment>SERVICE_TEMPORARY_UNAVAILABLE</comment>
        <translation>服务暂时不可用，请稍后重试。</translation>
    </message>
    <message>
        <source>The instance changed after the plan was confirmed. Plan again.</source>
        <comment>Teardown.ChangedSincePlan</comment>
        <translation>实例在计划确认后发生了变化。请重新制定计划。</translation>
    </message>
    <message>
        <source>The run was canceled before the call was sent.</source>
        <comment>Teardown.Canceled</comment>
        <translation>执行在调用发送之前已取消。</translation>
    </message>
    <message>
        <source>The instance is part of a run that has not finished. Wait for it to end, then plan again.</source>
        <comment>Teardown.InActiveRun</comment>
        <translation>该实例属于一个尚未结束的执行。请等待其结束后再重新制定计划。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by a certificate authority this computer trusts; nothing was sent.</source>
        <comment>Network.TlsUntrusted</comment>
        <translation>服务器的证书不是由本机信任的证书颁发机构签发的；未发送任何请求。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another host than the endpoint; nothing was sent.</source>
        <comment>Network.TlsHostMismatch</comment>
        <translation>服务器的证书是为接入点以外的其他主机签发的；未发送任何请求。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet; nothing was sent.</source>
        <comment>Network.TlsExpired</comment>
        <translation>服务器的证书已过期或尚未生效；未发送任何请求。</translation>
    </message>
    <message>
        <source>The proxy could not be reached, so nothing was sent.</source>
        <comment>Network.ProxyUnreachable</comment>
        <translation>无法连接代理服务器，因此没有发送任何请求。</translation>
    </message>
    <message>
        <source>The proxy refused the request: it requires authentication (HTTP 407).</source>
        <comment>Network.ProxyAuthentication</comment>
        <translation>代理服务器拒绝了请求：需要身份验证（HTTP 407）。</translation>
    </message>
    <message>
        <source>The extra CA certificate file does not exist.</source>
        <comment>Teardown.CaFileMissing</comment>
        <translation>额外的 CA 证书文件不存在。</translation>
    </message>
    <message>
        <source>The extra CA certificate file could not be read.</source>
        <comment>Teardown.CaFileUnreadable</comment>
        <translation>无法读取额外的 CA 证书文件。</translation>
    </message>
    <message>
        <source>The extra CA certificate file holds no PEM certificate.</source>
        <comment>Teardown.CaFileInvalid</comment>
        <translation>额外的 CA 证书文件中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>Not sent: the provider refused this account&apos;s credentials earlier in the run, so nothing more was sent through it. Renew the credentials, then plan again.</source>
        <comment>Teardown.CredentialsRefused</comment>
        <translation>未发送：本次执行中云厂商已拒绝此账号的凭证，因此不再通过该账号发送任何请求。请更新凭证后重新制定计划。</translation>
    </message>
    <message>
        <source>Kept by tag: the instance is tagged teardown:keep.</source>
        <comment>Teardown.KeptByTag</comment>
        <translation>按标签保留：该实例带有 teardown:keep 标签。</translation>
    </message>
    <message>
        <source>Kept by tag: the instance&apos;s teardown:keep-until time has not come yet.</source>
        <comment>Teardown.KeptUntil</comment>
        <translation>按标签保留：该实例的 teardown:keep-until 时间尚未到达。</translation>
    </message>
    <message>
        <source>Kept by tag: the instance&apos;s teardown:keep-until tag is not a date (RFC 3339, e.g. 2030-01-31T18:00:00Z), so it is kept to be safe.</source>
        <comment>Teardown.KeepUntilMalformed</comment>
        <translation>按标签保留：该实例的 teardown:keep-until 标签不是日期（RFC 3339，例如 2030-01-31T18:00:00Z），为安全起见予以保留。</translation>
    </message>
    <message>
        <source>The instance changed after the plan was saved, so it is not sent.</source>
        <comment>Teardown.ChangedSinceSaved</comment>
        <translation>计划保存后该实例已发生变化，因此不会发送。</translation>
    </message>
    <message>
        <source>The plan file could not be read; nothing was sent.</source>
        <comment>Teardown.PlanFileUnreadable</comment>
        <translation>无法读取计划文件；未发送任何请求。</translation>
    </message>
    <message>
        <source>The file is not a readable Teardown Console plan; nothing was sent.</source>
        <comment>Teardown.PlanFileMalformed</comment>
        <translation>该文件不是可读取的 Teardown Console 计划；未发送任何请求。</translation>
    </message>
    <message>
        <source>The plan file is of a format version this program does not read; nothing was sent.</source>
        <comment>Teardown.PlanFileVersion</comment>
        <translation>本程序不能读取该计划文件的格式版本；未发送任何请求。</translation>
    </message>
    <message>
        <source>The plan file was changed after it was saved (its digest does not match); nothing was sent.</source>
        <comment>Teardown.PlanFileEdited</comment>
        <translation>计划文件在保存后被修改过（摘要不匹配）；未发送任何请求。</translation>
    </message>
    <message>
        <source>The plan is for an account that is not configured here; nothing was sent.</source>
        <comment>Teardown.PlanFileUnknownAccount</comment>
        <translation>该计划所用的账号未在此处配置；未发送任何请求。</translation>
    </message>
    <message>
        <source>The plan&apos;s account is configured here with another key id; nothing was sent.</source>
        <comment>Teardown.PlanFileOtherKey</comment>
        <translation>该计划的账号在此处配置的是另一个密钥 ID；未发送任何请求。</translation>
    </message>
    <message>
        <source>The plan is older than the maximum age; nothing was sent.</source>
        <comment>Teardown.PlanFileTooOld</comment>
        <translation>该计划已超过最长有效期；未发送任何请求。</translation>
    </message>
    <message>
        <source>The plan says it was saved in the future; nothing was sent.</source>
        <comment>Teardown.PlanFileFuture</comment>
        <translation>该计划记录的保存时间晚于当前时间；未发送任何请求。</translation>
    </message>
    <message>
        <source>The plan could not be saved.</source>
        <comment>Teardown.PlanFileNotWritten</comment>
        <translation>无法保存计划。</translation>
    </message>
    <message>
        <source>Not returned: its termination protection could not be lifted, so the return was not sent.</source>
        <comment>Teardown.ProtectionNotLifted</comment>
        <translation>未退还：无法关闭该实例的销毁保护，因此未发送退还请求。</translation>
    </message>
    <message>
        <source>Termination protection cannot be lifted through this provider&apos;s API.</source>
        <comment>Teardown.LiftProtectionUnsupported</comment>
        <translation>无法通过此服务商的 API 关闭销毁保护。</translation>
    </message>
    <message>
        <source>Termination protection cannot be lifted through the API 2.0 dialect.</source>
        <comment>Teardown.LiftProtectionLegacy</comment>
        <translation>无法通过 API 2.0 接口关闭销毁保护。</translation>
    </message>
    <message>
        <source>Zenlayer Bare Metal Cloud has no termination protection to lift.</source>
        <comment>Teardown.LiftProtectionZenlayer</comment>
        <translation>Zenlayer 裸金属云没有可关闭的销毁保护。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search id, name, IP or tag (Ctrl+F)</source>
        <translation>搜索 ID、名称、IP 或标签（Ctrl+F）</translation>
    </message>
    <message>
        <source>Recycle bin only</source>
        <translation>仅回收站</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All charge types</source>
        <translation>所有计费类型</translation>
    </message>
    <message>
        <source>Only instances with these tags: KEY or KEY=VALUE, separated by commas, all must match; !KEY or !KEY=VALUE leaves out instances with that tag.</source>
        <translation>只显示带有这些标签的实例：KEY 或 KEY=VALUE，以逗号分隔，须全部匹配；!KEY 或 !KEY=VALUE 排除带有该标签的实例。</translation>
    </message>
    <message>
        <source>Tags: env=dev</source>
        <translation>标签：env=dev</translation>
    </message>
    <message>
        <source>Older than: 7d</source>
        <translation>早于：7d</translation>
    </message>
    <message>
        <source>Only instances created longer ago than an age (90m, 36h, 7d, 2w), before a date (2024-06-01, UTC), or in a range of dates (2024-06-01..2024-07-01, 2024-06-01.., ..2024-07-01).</source>
        <translation>只显示创建时间早于某个时长（90m、36h、7d、2w）、早于某个日期（2024-06-01，UTC）或在某个日期范围内（2024-06-01..2024-07-01、2024-06-01..、..2024-07-01）的实例。</translation>
    </message>
    <message>
        <source>Finds the words in the id, name, IP addresses or tags. A glob (ci-*, web-0?) or a regular expression between slashes (/^tmp-[0-9]+$/) selects by name instead.</source>
        <translation>在 ID、名称、IP 地址或标签中查找这些字词。通配符（ci-*、web-0?）或写在斜杠之间的正则表达式（/^tmp-[0-9]+$/）则改为按名称选择。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The history database could not be updated</source>
        <translation>无法更新历史数据库</translation>
    </message>
    <message>
        <source>The history folder could not be created</source>
        <translation>无法创建历史记录文件夹</translation>
    </message>
    <message>
        <source>The history database could not be opened</source>
        <translation>无法打开历史数据库</translation>
    </message>
    <message>
        <source>The history database could not be read</source>
        <translation>无法读取历史数据库</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Teardown Console</source>
        <translation>历史数据库由更新版本的 Teardown Console 写入</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Call history</source>
        <translation>调用历史</translation>
    </message>
    <message>
        <source>&amp;Instance id:</source>
        <translation>实例 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>any instance</source>
        <translation>任意实例</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账号(&amp;C)：</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>Sent &amp;from</source>
        <translation>发送时间从(&amp;F)</translation>
    </message>
    <message>
        <source>Unchecked: calls of any date. Days are counted in UTC.</source>
        <translation>不勾选：任意日期的调用。日期按 UTC 计算。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>&amp;Destructive calls only</source>
        <translation>仅破坏性调用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Export call history</source>
        <translation>导出调用历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2</source>
        <translation>无法将历史写入 %1：%2</translation>
    </message>
    <message>
        <source>Show &amp;listing calls</source>
        <translation>显示列出调用(&amp;L)</translation>
    </message>
    <message>
        <source>Reads of whole regions made to list the fleet: every refresh makes many. Reads of named instances, which check and verify returns, are always shown.</source>
        <translation>为列出实例而读取整个地域的调用：每次刷新都会产生很多。读取指定实例（用于检查和核实退还）的调用始终显示。</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <comment>a time column of the exported history</comment>
        <translation>%1（UTC）</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>破坏性</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试次数</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>选择一个实例以查看详情。</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Charge type</source>
        <translation>计费类型</translation>
    </message>
    <message>
        <source>Termination protection</source>
        <translation>销毁保护</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>限制状态</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Private IPs</source>
        <translation>内网 IP</translation>
    </message>
    <message>
        <source>Public IPs</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Released automatically</source>
        <translation>自动释放时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last operation</source>
        <translation>最近操作</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Protected</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>account name (account id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Restriction: %1</source>
        <translation>限制状态：%1</translation>
    </message>
    <message>
        <source>Termination protection is on: the provider refuses to return this instance</source>
        <translation>销毁保护已开启：服务商会拒绝退还此实例</translation>
    </message>
    <message>
        <source>Termination protection is off</source>
        <translation>销毁保护已关闭</translation>
    </message>
    <message>
        <source>In the recycle bin; released for good at %1</source>
        <translation>在回收站中；将于 %1 彻底释放</translation>
    </message>
    <message>
        <source>Subscription ends at %1</source>
        <translation>包年包月将于 %1 到期</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Charge type</source>
        <translation>计费类型</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>销毁保护</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>内网 IP</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>State in the provider&apos;s words; the tooltip shows the provider&apos;s raw value</source>
        <translation>服务商描述的状态；提示中显示服务商的原始值</translation>
    </message>
    <message>
        <source>How the instance is billed; the tooltip shows the provider&apos;s raw value</source>
        <translation>实例的计费方式；提示中显示服务商的原始值</translation>
    </message>
    <message>
        <source>Whether termination protection is on</source>
        <translation>是否开启了销毁保护</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The provider does not say when it releases this instance, and it was not returned through this console.</source>
        <translation>云服务商未说明何时释放该实例，且该实例不是通过本控制台退还的。</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>释放时间</translation>
    </message>
    <message>
        <source>When the subscription ends</source>
        <translation>包年包月到期的时间</translation>
    </message>
    <message>
        <source>When the provider releases an instance in its recycle bin for good</source>
        <translation>服务商将回收站中的实例彻底释放的时间</translation>
    </message>
    <message>
        <source>Listed %1 ago (%2), not refreshed yet.</source>
        <translation>%1前列出（%2），尚未刷新。</translation>
    </message>
</context>
<context>
    <name>KeepTags</name>
    <message>
        <source>Kept until %1.</source>
        <translation>保留至 %1。</translation>
    </message>
    <message>
        <source>The tag&apos;s value: &quot;%1&quot;.</source>
        <translation>该标签的值：&quot;%1&quot;。</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) are tagged to be kept (teardown:keep or teardown:keep-until) and the keep tags are ignored.</source>
        <translation>
            <numerusform>%n 个实例带有保留标签（teardown:keep 或 teardown:keep-until），且保留标签已被忽略。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepTagsOption</name>
    <message numerus="yes">
        <source>Ignore the keep tags (teardown:keep, teardown:keep-until) of %n instance(s)</source>
        <translation>
            <numerusform>忽略 %n 个实例的保留标签（teardown:keep、teardown:keep-until）</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: instances tagged to be kept stay blocked. On: they are planned like the others, and confirming needs the typed number.</source>
        <translation>关闭：带有保留标签的实例仍被阻止。开启：它们与其他实例一样纳入计划，确认时需要输入数量。</translation>
    </message>
</context>
<context>
    <name>KeptListingNotice</name>
    <message>
        <source>%1, listed %2 ago (%3)</source>
        <translation>%1，%2前列出（%3）</translation>
    </message>
    <message>
        <source>They are being listed again now.</source>
        <translation>正在重新列出。</translation>
    </message>
    <message>
        <source>They could not be listed again yet: refresh to try again.</source>
        <translation>尚未能重新列出：请刷新重试。</translation>
    </message>
    <message>
        <source>Rows in italics are from the last listing kept on this computer, not refreshed yet: %1. %2 Returning or releasing them reads each one from the provider first.</source>
        <translation>斜体的行来自本机保存的上次列表，尚未刷新：%1。%2 退还或释放这些实例前，会先向云厂商逐一重新读取。</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>In transition</source>
        <translation>状态变更中</translation>
    </message>
    <message>
        <source>In recycle bin</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>销毁中</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>LiftProtectionOption</name>
    <message numerus="yes">
        <source>Lift termination protection of %n instance(s) first</source>
        <translation>
            <numerusform>先关闭 %n 个实例的销毁保护</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift termination protection first</source>
        <translation>先关闭销毁保护</translation>
    </message>
    <message numerus="yes">
        <source>Also on production accounts: %n instance(s)</source>
        <translation>
            <numerusform>生产账号也关闭：%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: protected instances stay blocked. On: their protection is turned off with ModifyInstancesAttribute, then they are returned; one whose protection could not be lifted is not returned. Confirming needs the typed number.</source>
        <translation>关闭：开启了销毁保护的实例仍被阻止。开启：先通过 ModifyInstancesAttribute 关闭其销毁保护，再退还它们；无法关闭保护的实例不会被退还。确认时需要输入数量。</translation>
    </message>
    <message>
        <source>Some protected instances stay blocked: %1</source>
        <translation>部分开启了销毁保护的实例仍被阻止：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Teardown Console</source>
        <translation>Teardown Console</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何实例</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: listing failed: %2</source>
        <translation>%1：列出实例失败：%2</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>Sandbox: these instances live in a local emulator with a sample fleet. Nothing done here touches a real cloud. Add your accounts under Accounts.</source>
        <translation>沙盒：这些实例位于本地模拟器的示例机群中。此处的任何操作都不会影响真实的云。请在“账号”菜单中添加您的账号。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n instance id(s).</source>
        <translation>
            <numerusform>已复制 %n 个实例 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export visible list</source>
        <translation>导出可见列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation>无法将列表写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n instance(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个实例导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>正在执行</translation>
    </message>
    <message>
        <source>Calls of a run are still on their way or being verified. If the console closes now, they are listed as sent but not confirmed at the next start.</source>
        <translation>有执行中的调用仍在发送或核实中。如果现在关闭控制台，下次启动时这些调用会列为“已发送、未确认”。</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>仍然关闭</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>继续执行</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Teardown plans (*.json);;All files (*)</source>
        <translation>Teardown 计划 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Destroyed at once (irreversible)</source>
        <translation>立即销毁（不可撤销）</translation>
    </message>
    <message>
        <source>Moved to the recycle bin (recoverable)</source>
        <translation>移入回收站（可恢复）</translation>
    </message>
    <message>
        <source>Subscription cancelled (returned when it expires)</source>
        <translation>取消订阅（到期时退还）</translation>
    </message>
    <message>
        <source>Deleted because creation failed</source>
        <translation>因创建失败而删除</translation>
    </message>
</context>
<context>
    <name>PlanFacts</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>tags changed: %1</source>
        <translation>标签已变化：%1</translation>
    </message>
    <message>
        <source>state %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <source>charge type changed: %1 → %2</source>
        <translation>计费类型已变化：%1 → %2</translation>
    </message>
    <message>
        <source>termination protection switched on</source>
        <translation>已开启销毁保护</translation>
    </message>
    <message>
        <source>termination protection switched off</source>
        <translation>已关闭销毁保护</translation>
    </message>
    <message>
        <source>provider restriction %1 → %2</source>
        <translation>服务商限制 %1 → %2</translation>
    </message>
    <message>
        <source>latest operation %1 → %2</source>
        <translation>最近一次操作 %1 → %2</translation>
    </message>
    <message>
        <source>expiry %1 → %2</source>
        <translation>到期时间 %1 → %2</translation>
    </message>
    <message>
        <source>gone: the provider no longer lists it</source>
        <translation>已不存在：服务商不再列出该实例</translation>
    </message>
    <message>
        <source>the provider&apos;s rules now give another outcome: %1</source>
        <translation>按服务商规则，现在的结果不同：%1</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PlanFileReader</name>
    <message>
        <source>&quot;%1&quot; is not a value this version knows</source>
        <translation>“%1”不是此版本认识的值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>text was expected</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>a time such as 2026-11-30T09:09:05Z was expected</source>
        <translation>应为时间，例如 2026-11-30T09:09:05Z</translation>
    </message>
    <message>
        <source>an amount such as &quot;1234.5&quot; was expected</source>
        <translation>应为金额，例如 &quot;1234.5&quot;</translation>
    </message>
    <message>
        <source>a blocked instance needs the code of its reason</source>
        <translation>被阻止的实例需要注明原因代码</translation>
    </message>
    <message>
        <source>an allowed instance needs the action that carries it</source>
        <translation>允许执行的实例需要注明执行它的操作</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is not among the plan&apos;s accounts</source>
        <translation>账号“%1”不在该计划的账号之中</translation>
    </message>
    <message>
        <source>the instance id is empty</source>
        <translation>实例 ID 为空</translation>
    </message>
    <message>
        <source>the instance %1 is listed twice</source>
        <translation>实例 %1 被列出了两次</translation>
    </message>
    <message>
        <source>a call needs at least one instance</source>
        <translation>一次调用至少需要一个实例</translation>
    </message>
    <message>
        <source>the call has an option the plan&apos;s options do not have</source>
        <translation>该调用带有计划选项中没有的选项</translation>
    </message>
    <message>
        <source>%1 is not an instance the plan allows</source>
        <translation>%1 不是该计划允许执行的实例</translation>
    </message>
    <message>
        <source>%1 is planned for another call than this one</source>
        <translation>%1 在计划中属于另一次调用</translation>
    </message>
    <message>
        <source>%1 is in more than one call</source>
        <translation>%1 出现在多次调用中</translation>
    </message>
    <message>
        <source>the allowed instance %1 is in no call</source>
        <translation>允许执行的实例 %1 不在任何调用中</translation>
    </message>
    <message>
        <source>the account id is empty</source>
        <translation>账号 ID 为空</translation>
    </message>
    <message>
        <source>the account %1 is listed twice</source>
        <translation>账号 %1 被列出了两次</translation>
    </message>
    <message>
        <source>it does not say &quot;format&quot;: &quot;teardown-plan&quot;</source>
        <translation>文件中没有 &quot;format&quot;: &quot;teardown-plan&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; is not a whole number</source>
        <translation>&quot;version&quot; 不是整数</translation>
    </message>
    <message>
        <source>The file is of version %1; this program reads version %2.</source>
        <translation>该文件的版本为 %1；本程序读取的版本为 %2。</translation>
    </message>
    <message>
        <source>&quot;digest&quot; is missing or not &quot;sha256:&quot; with 64 hexadecimal digits</source>
        <translation>&quot;digest&quot; 缺失，或不是 &quot;sha256:&quot; 加 64 位十六进制数字</translation>
    </message>
    <message>
        <source>%1 is larger than a plan can be (%2 MiB).</source>
        <translation>%1 超过了计划文件的上限（%2 MiB）。</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>The file is larger than a plan can be (%1 MiB).</source>
        <translation>该文件超过了计划文件的上限（%1 MiB）。</translation>
    </message>
    <message>
        <source>It is not JSON: %1 at byte %2.</source>
        <translation>它不是 JSON：第 %2 字节处 %1。</translation>
    </message>
    <message>
        <source>It holds no JSON object.</source>
        <translation>其中没有 JSON 对象。</translation>
    </message>
    <message>
        <source>the time the plan was saved is missing</source>
        <translation>缺少计划的保存时间</translation>
    </message>
    <message>
        <source>%1 is lifted, but its protection is not to be lifted</source>
        <translation>%1 在关闭保护的调用中，但计划并不关闭它的保护</translation>
    </message>
    <message>
        <source>%1 is returned after a lift, but its protection is not to be lifted</source>
        <translation>%1 在关闭保护后的退还调用中，但计划并不关闭它的保护</translation>
    </message>
    <message>
        <source>%1 is returned before a call lifts its protection</source>
        <translation>%1 在关闭其保护的调用之前就被退还</translation>
    </message>
    <message>
        <source>%1 is returned without the lift of its protection</source>
        <translation>%1 被退还，但没有先关闭其保护</translation>
    </message>
    <message>
        <source>%1 is to have its protection lifted, but the plan&apos;s options do not lift protection</source>
        <translation>%1 需要关闭保护，但计划的选项并未开启关闭保护</translation>
    </message>
    <message>
        <source>a call needs its action</source>
        <translation>调用必须写明其操作</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Charge type</source>
        <translation>计费类型</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Termination protection lifted first, then returned — %1</source>
        <translation>先关闭销毁保护，再退还 — %1</translation>
    </message>
    <message>
        <source>Blocked, will not be sent — %1</source>
        <translation>已阻止，不会发送 — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>an outcome, then how many instances</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2, after %3</source>
        <comment>an outcome, its details, then the API action that lifts the protection</comment>
        <translation>%1：%2，在 %3 之后</translation>
    </message>
    <message>
        <source>Irreversible</source>
        <translation>不可撤销</translation>
    </message>
    <message>
        <source>Recoverable until about %1</source>
        <translation>约 %1 前可恢复</translation>
    </message>
    <message>
        <source>Keeps running until the subscription ends, %1</source>
        <translation>持续运行至包年包月到期（%1）</translation>
    </message>
    <message>
        <source>%1 — by %2</source>
        <comment>plan details, then the API action that carries the instance</comment>
        <translation>%1 — 通过 %2</translation>
    </message>
</context>
<context>
    <name>PlanOrigin</name>
    <message>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>an unknown machine</source>
        <translation>未知计算机</translation>
    </message>
    <message>
        <source>in the future by %1</source>
        <translation>比现在晚 %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Planned by %1 on %2 at %3, %4.</source>
        <translation>由 %1 在 %2 上于 %3 制定（%4）。</translation>
    </message>
    <message>
        <source>Planned by %1 on %2 at %3, %4, with %5.</source>
        <translation>由 %1 在 %2 上于 %3 制定（%4），使用 %5。</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Batch key</source>
        <translation>批次键</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Exact request</source>
        <translation>确切请求</translation>
    </message>
    <message>
        <source>Calls to be sent: %1</source>
        <translation>待发送的调用：%1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
</context>
<context>
    <name>ProtectionLift</name>
    <message>
        <source>Return</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Lift termination protection</source>
        <translation>关闭销毁保护</translation>
    </message>
    <message>
        <source>Return after lifting protection</source>
        <translation>关闭保护后退还</translation>
    </message>
    <message numerus="yes">
        <source>The termination protection of %n instance(s) is lifted before they are returned.</source>
        <translation>
            <numerusform>%n 个实例的销毁保护将在退还前被关闭。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionLifter</name>
    <message numerus="yes">
        <source>Lifting the termination protection of %n instance(s): %1</source>
        <translation>
            <numerusform>正在关闭 %n 个实例的销毁保护：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted (RequestId %2): the protection is off.</source>
        <translation>%1 已被接受（RequestId %2）：销毁保护已关闭。</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>%1: %2 The call is not resent; reading the instances&apos; protection instead.</source>
        <translation>%1：%2 该调用不会重发；改为重新读取实例的保护状态。</translation>
    </message>
    <message numerus="yes">
        <source>The protection of %n instance(s) shows lifted.</source>
        <translation>
            <numerusform>%n 个实例的销毁保护显示已关闭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The protection of %n instance(s) could not be lifted; they are not returned: %1</source>
        <translation>
            <numerusform>%n 个实例的销毁保护无法关闭，不会退还它们：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Zenlayer</source>
        <translation>Zenlayer</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>Tencent Cloud (API 3.0)</source>
        <translation>腾讯云（API 3.0）</translation>
    </message>
    <message>
        <source>Tencent Cloud (legacy API 2.0)</source>
        <translation>腾讯云（旧版 API 2.0）</translation>
    </message>
    <message>
        <source>Zenlayer Bare Metal Cloud</source>
        <translation>Zenlayer 裸金属云</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Until the provider releases the instance for good</source>
        <translation>距云服务商彻底释放该实例的时间</translation>
    </message>
    <message>
        <source>released any moment</source>
        <translation>随时将被释放</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>time left: days and hours</comment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>time left: hours and minutes</comment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>time left: minutes</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&amp;Release permanently…</source>
        <translation>彻底释放(&amp;R)…</translation>
    </message>
    <message>
        <source>Destroy the selected instances for good. You confirm the plan first.</source>
        <translation>彻底销毁所选实例。您将先确认执行计划。</translation>
    </message>
    <message>
        <source>&amp;Copy ids</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the ids of the selected instances, or of all listed instances</source>
        <translation>复制所选实例的 ID，未选择时复制全部列出实例的 ID</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) in the recycle bin</source>
        <translation>
            <numerusform>回收站中有 %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>provider: recovery help</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The provider does not say when it releases this instance, and it was not returned through this console.</source>
        <translation>云服务商未说明何时释放该实例，且该实例不是通过本控制台退还的。</translation>
    </message>
</context>
<context>
    <name>RunLane</name>
    <message numerus="yes">
        <source>Could not re-read %n instance(s) before sending; nothing was sent: %1</source>
        <translation>
            <numerusform>发送前无法重新读取 %n 个实例；未发送任何调用：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed since the plan (now %2) and was not sent.</source>
        <translation>%1 在计划之后发生了变化（当前为 %2），未发送。</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 for %n instance(s): %2</source>
        <translation>
            <numerusform>正在为 %n 个实例发送 %1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted (RequestId %2).</source>
        <translation>%1 已被接受（RequestId %2）。</translation>
    </message>
    <message>
        <source>%1: %2 The call is not resent; reading the instances&apos; state instead.</source>
        <translation>%1：%2 该调用不会重发；改为读取实例状态。</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message numerus="yes">
        <source>Sending the %n still-eligible instance(s) of the refused call once more.</source>
        <translation>
            <numerusform>将被拒绝调用中仍符合条件的 %n 个实例再发送一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The state shows the call was applied; verifying.</source>
        <translation>状态显示调用已生效；正在核实。</translation>
    </message>
    <message numerus="yes">
        <source>No sign that the call reached the provider for %n instance(s); their outcome is unknown and they were not resent.</source>
        <translation>
            <numerusform>没有迹象表明调用已到达服务商（%n 个实例）；其结果未知，且未重发。</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider refused this account&apos;s credentials: nothing more is sent through it.</source>
        <translation>云厂商拒绝了此账号的凭证：不再通过该账号发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <source>The state shows the call was not applied to %n instance(s), and sending it again cannot end differently: sending it once more.</source>
        <translation>
            <numerusform>状态表明该调用未作用于 %n 个实例，且再次发送不会产生不同结果：再发送一次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunResult</name>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>In the recycle bin</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>Subscription cancelled</source>
        <translation>已取消订阅</translation>
    </message>
    <message>
        <source>Deleted after failed creation</source>
        <translation>创建失败后已删除</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>In the recycle bin until %1</source>
        <translation>在回收站中，保留至 %1</translation>
    </message>
    <message>
        <source>In the recycle bin (release time not known)</source>
        <translation>在回收站中（释放时间未知）</translation>
    </message>
    <message>
        <source>Subscription cancelled; returned when it expires</source>
        <translation>已取消订阅；到期时退还</translation>
    </message>
    <message>
        <source>Deleted after its creation failed</source>
        <translation>创建失败后已删除</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>已阻止：%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
</context>
<context>
    <name>RunResultsModel</name>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>核实中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <source>Not sent (canceled)</source>
        <translation>未发送（已取消）</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Releasing from the recycle bin</source>
        <translation>正在从回收站释放</translation>
    </message>
    <message>
        <source>Returning instances</source>
        <translation>正在退还实例</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消执行(&amp;C)</translation>
    </message>
    <message>
        <source>No new calls are sent; calls already sent are still verified and reported.</source>
        <translation>不再发送新的调用；已发送的调用仍会核实并报告。</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Instances marked Unknown were not resent: their calls may have been applied. Refresh and check them before acting again.</source>
        <translation>标记为“未知”的实例未被重发：其调用可能已生效。请先刷新并检查，再决定下一步操作。</translation>
    </message>
    <message>
        <source>Export run report</source>
        <translation>导出执行报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Retry failed…</source>
        <translation>重试失败项(&amp;R)…</translation>
    </message>
    <message>
        <source>Plan the instances the provider refused again. Instances with an unknown outcome are not included: refresh and check them first.</source>
        <translation>为云服务商拒绝的实例重新制定计划。结果未知的实例不包括在内：请先刷新并检查它们。</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>执行 %1</translation>
    </message>
    <message>
        <source>The run goes on without this window; View → Runs opens it again.</source>
        <translation>关闭此窗口后执行会继续；可通过“视图 → 执行记录”再次打开。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what happened, then how many instances</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 settled</source>
        <translation>已完成 %1 / %2</translation>
    </message>
</context>
<context>
    <name>RunsDialog</name>
    <message>
        <source>Runs</source>
        <translation>执行记录</translation>
    </message>
    <message>
        <source>Every run since the console started. A run goes on when its window is closed; open it here to follow it or export its report.</source>
        <translation>控制台启动以来的每次执行。关闭执行窗口后执行会继续；在此打开即可跟进或导出报告。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Release %n instance(s) from the recycle bin</source>
        <translation>
            <numerusform>从回收站释放 %n 个实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n instance(s)</source>
        <translation>
            <numerusform>退还 %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>%1 of %2 settled</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n 个未知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Zenlayer sandbox (emulator)</source>
        <translation>Zenlayer 沙盒（模拟器）</translation>
    </message>
    <message>
        <source>Tencent Cloud sandbox (emulator)</source>
        <translation>腾讯云沙盒（模拟器）</translation>
    </message>
</context>
<context>
    <name>SavedPlanGate</name>
    <message>
        <source>%1 (%2, key id %3)</source>
        <translation>%1（%2，密钥 ID %3）</translation>
    </message>
    <message>
        <source>%1 was planned with key id %2; here it uses %3.</source>
        <translation>%1 制定计划时使用的密钥 ID 为 %2；此处使用的是 %3。</translation>
    </message>
    <message>
        <source>calls[%1] names an instance the plan does not list.</source>
        <translation>calls[%1] 中有计划未列出的实例。</translation>
    </message>
    <message>
        <source>calls[%1]: %2 instances in one %3 call; the provider takes at most %4.</source>
        <translation>calls[%1]：一次 %3 调用中有 %2 个实例；服务商最多接受 %4 个。</translation>
    </message>
    <message>
        <source>It says it was saved at %1, %2 from now.</source>
        <translation>文件记录的保存时间为 %1，比现在晚 %2。</translation>
    </message>
    <message>
        <source>It was saved %1 ago, at %2; the maximum age is %3.</source>
        <translation>它保存于 %1前（%2）；最长有效期为 %3。</translation>
    </message>
    <message>
        <source>%1 and %2 are the same account here.</source>
        <translation>%1 和 %2 在此处是同一个账号。</translation>
    </message>
</context>
<context>
    <name>SelectionFilter</name>
    <message>
        <source>&quot;%1&quot; is not a tag: write KEY or KEY=VALUE, e.g. env or env=test.</source>
        <translation>&quot;%1&quot; 不是标签：请写成 KEY 或 KEY=VALUE，例如 env 或 env=test。</translation>
    </message>
    <message>
        <source>An empty name pattern selects nothing: write a glob such as ci-* or a regular expression such as /^ci-[0-9]+$/.</source>
        <translation>空的名称模式什么也选不中：请写通配符（如 ci-*）或正则表达式（如 /^ci-[0-9]+$/）。</translation>
    </message>
    <message>
        <source>The name pattern is longer than %1 characters.</source>
        <translation>名称模式超过 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2 (at character %3).</source>
        <translation>&quot;%1&quot; 不是有效的正则表达式：%2（位于第 %3 个字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of dates: write e.g. 2024-06-01..2024-07-01, 2024-06-01.. or ..2024-07-01.</source>
        <translation>“%1”不是日期范围：请写成例如 2024-06-01..2024-07-01、2024-06-01.. 或 ..2024-07-01。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty range: its first date must come before its last.</source>
        <translation>“%1”是空范围：起始日期必须早于结束日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an age (e.g. 36h, 7d, 2w), a date (e.g. 2024-06-01) nor a range of dates (e.g. 2024-06-01..2024-07-01).</source>
        <translation>“%1”既不是时长（例如 36h、7d、2w），也不是日期（例如 2024-06-01）或日期范围（例如 2024-06-01..2024-07-01）。</translation>
    </message>
</context>
<context>
    <name>SelectionPolicy</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unknown key; the keys here are %1.</source>
        <translation>未知的键；此处可用的键为 %1。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <source>must be a non-empty text of at most %1 characters.</source>
        <translation>必须是不超过 %1 个字符的非空文本。</translation>
    </message>
    <message>
        <source>must be a list of at most %1 texts.</source>
        <translation>必须是不超过 %1 项的文本列表。</translation>
    </message>
    <message>
        <source>not JSON: %1 (at byte %2).</source>
        <translation>不是 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>a policy is a JSON object, with &quot;version&quot;: %1.</source>
        <translation>策略必须是 JSON 对象，并包含 &quot;version&quot;: %1。</translation>
    </message>
    <message>
        <source>missing; this teardownctl reads version %1.</source>
        <translation>缺失；此版本的 teardownctl 读取版本 %1。</translation>
    </message>
    <message>
        <source>not a version this teardownctl reads: it reads version %1.</source>
        <translation>此版本的 teardownctl 无法读取该版本：它读取版本 %1。</translation>
    </message>
    <message>
        <source>The policy file %1 was refused: %2</source>
        <translation>策略文件 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>不是普通文件。</translation>
    </message>
    <message>
        <source>it is larger than %1 KiB.</source>
        <translation>文件大于 %1 KiB。</translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation>无法读取（%1）。</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>No instance selected</source>
        <translation>未选择任何实例</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the items of a list</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n %1</source>
        <comment>a count, then a charge type such as “Pay as you go”</comment>
        <translation>
            <numerusform>%1 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n</source>
        <comment>a provider name, then how many of its instances are selected</comment>
        <translation>
            <numerusform>%1 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <comment>status bar: how many selected — by charge type · by provider</comment>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>instances in the selection</comment>
        <translation>
            <numerusform>已选择 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Show every run (Ctrl+Shift+R)</source>
        <translation>显示所有执行（Ctrl+Shift+R）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n instance(s) shown</source>
        <translation>
            <numerusform>显示 %1 / %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing %v of %m</source>
        <translation>正在列出 %v / %m</translation>
    </message>
    <message>
        <source>Run %1: %2 of %3 settled</source>
        <translation>执行 %1：已完成 %2 / %3</translation>
    </message>
</context>
<context>
    <name>TccliProfile</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开该文件：%1</translation>
    </message>
    <message>
        <source>This is not a tccli credential file (it is far too large). Choose a file such as ~/.tccli/default.credential.</source>
        <translation>这不是 tccli 凭证文件（文件过大）。请选择类似 ~/.tccli/default.credential 的文件。</translation>
    </message>
    <message>
        <source>This is not a tccli credential file (it is not a JSON object). Choose a file such as ~/.tccli/default.credential.</source>
        <translation>这不是 tccli 凭证文件（内容不是 JSON 对象）。请选择类似 ~/.tccli/default.credential 的文件。</translation>
    </message>
    <message>
        <source>The file has no usable secretId and secretKey. Run &quot;tccli configure&quot; (or get temporary credentials with tccli sts) and choose the file again.</source>
        <translation>该文件中没有可用的 secretId 和 secretKey。请运行 &quot;tccli configure&quot;（或用 tccli sts 获取临时凭证），然后重新选择该文件。</translation>
    </message>
    <message>
        <source>The file&apos;s token is not a session token. Get new temporary credentials and choose the file again.</source>
        <translation>该文件中的 token 不是有效的会话令牌。请重新获取临时凭证，然后再次选择该文件。</translation>
    </message>
</context>
<context>
    <name>TeardownController</name>
    <message>
        <source>The plan is not final yet: wait for the refund quotes.</source>
        <translation>计划尚未最终确定：请等待退款报价。</translation>
    </message>
</context>
<context>
    <name>TeardownDialog</name>
    <message>
        <source>Confirm release</source>
        <translation>确认释放</translation>
    </message>
    <message>
        <source>Confirm return</source>
        <translation>确认退还</translation>
    </message>
    <message numerus="yes">
        <source>Release %n instance(s) for good</source>
        <translation>
            <numerusform>彻底释放 %n 个实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n instance(s)</source>
        <translation>
            <numerusform>退还 %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be released</source>
        <translation>没有可释放的实例</translation>
    </message>
    <message>
        <source>Nothing can be returned</source>
        <translation>没有可退还的实例</translation>
    </message>
    <message numerus="yes">
        <source>Release %n instance(s) from the recycle bin for good?</source>
        <translation>
            <numerusform>从回收站彻底释放 %n 个实例？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n instance(s)?</source>
        <translation>
            <numerusform>退还 %n 个实例？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Irreversible: %n instance(s) will be destroyed at once. They cannot be recovered.</source>
        <translation>
            <numerusform>不可撤销：%n 个实例将被立即销毁，且无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an outcome, then how many instances</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Blocked, will not be sent: %1</source>
        <translation>已阻止，不会发送：%1</translation>
    </message>
    <message>
        <source>Production accounts in this plan: %1</source>
        <translation>此计划涉及的生产账号：%1</translation>
    </message>
    <message>
        <source>Refund quoted in total: %1</source>
        <translation>询价退款合计：%1</translation>
    </message>
    <message>
        <source>A refund could not be quoted: %1</source>
        <translation>无法获取退款询价：%1</translation>
    </message>
    <message>
        <source>Also release the public IP addresses (EIP) bound to these instances</source>
        <translation>同时释放这些实例绑定的弹性公网 IP（EIP）</translation>
    </message>
    <message>
        <source>Off: the addresses stay in the account, where an unbound address may be billed. On: they are released together with the instances and cannot be got back.</source>
        <translation>关闭：IP 地址保留在账号中，未绑定的地址可能产生费用。开启：地址与实例一同释放，且无法找回。</translation>
    </message>
    <message>
        <source>Also release the prepaid (monthly) data disks attached to these instances</source>
        <translation>同时释放这些实例挂载的包年包月数据盘</translation>
    </message>
    <message>
        <source>Off: prepaid data disks are detached and kept. On: they are returned together with the instances.</source>
        <translation>关闭：包年包月数据盘将被卸载并保留。开启：数据盘与实例一同退还。</translation>
    </message>
    <message>
        <source>&amp;Type %1 (the number of instances to act on) to confirm:</source>
        <translation>输入 %1（要操作的实例数量）以确认(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) will be destroyed and cannot be recovered.</source>
        <translation>
            <numerusform>%n 个实例将被销毁，且无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan acts on production accounts: %1.</source>
        <translation>此计划作用于生产账号：%1。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>None of the selected instances can be released; the reasons are listed under Blocked. Nothing will be sent.</source>
        <translation>所选实例均不能释放，原因列在“已阻止”下。不会发送任何调用。</translation>
    </message>
    <message>
        <source>None of the selected instances can be returned; the reasons are listed under Blocked. Nothing will be sent.</source>
        <translation>所选实例均不能退还，原因列在“已阻止”下。不会发送任何调用。</translation>
    </message>
    <message>
        <source>Asking the providers for refund quotes… The plan can still change; it can be confirmed once they have answered.</source>
        <translation>正在向服务商询问退款价格…… 计划仍可能变化；服务商答复后才能确认。</translation>
    </message>
    <message>
        <source>%1: recoverable until about %2</source>
        <comment>a provider, then a time</comment>
        <translation>%1：约 %2 前可恢复</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Teardown plans (*.json)</source>
        <translation>Teardown 计划 (*.json)</translation>
    </message>
    <message>
        <source>Reading every instance again to compare it with the saved plan… It can be confirmed once the providers have answered.</source>
        <translation>正在重新读取每个实例，与已保存的计划比对…… 服务商回复后即可确认。</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>保存计划(&amp;S)…</translation>
    </message>
    <message>
        <source>Save this plan to a file, to be reviewed and executed later in the console or with teardownctl apply FILE</source>
        <translation>将此计划保存到文件，以便稍后在控制台中或用 teardownctl apply FILE 审阅并执行</translation>
    </message>
    <message>
        <source>Saved plan. %1 Instances that changed since are blocked; the rest is executed as saved.</source>
        <translation>已保存的计划。%1 此后发生变化的实例会被阻止；其余按保存的内容执行。</translation>
    </message>
    <message>
        <source>Termination protection lifted first: %1</source>
        <translation>先关闭销毁保护：%1</translation>
    </message>
    <message>
        <source>Reading again the instances shown from the last listing kept on this computer… The plan is made from what the providers answer; it can be confirmed once they have.</source>
        <translation>正在重新读取来自本机保存的上次列表中显示的实例……计划将根据云厂商的回答制定，待其全部回答后即可确认。</translation>
    </message>
</context>
<context>
    <name>TeardownRunner</name>
    <message>
        <source>Canceling: no new calls are sent; calls already sent are still verified.</source>
        <translation>正在取消：不再发送新的调用；已发送的调用仍会核实。</translation>
    </message>
</context>
<context>
    <name>TeardownWindows</name>
    <message>
        <source>Select the instances to act on first.</source>
        <translation>请先选择要操作的实例。</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>历史记录不可用</translation>
    </message>
    <message>
        <source>Run %1 started.</source>
        <translation>执行 %1 已开始。</translation>
    </message>
    <message>
        <source>Run %1 goes on without its window. View → Runs opens it again.</source>
        <translation>执行 %1 在窗口关闭后继续进行。可通过“视图 → 执行记录”再次打开。</translation>
    </message>
    <message>
        <source>Plan not opened</source>
        <translation>未打开计划</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>未保存计划</translation>
    </message>
    <message>
        <source>Plan saved to %1. Open it with File → Open plan…, or run teardownctl apply %1.</source>
        <translation>计划已保存到 %1。可通过“文件 → 打开计划…”打开，或运行 teardownctl apply %1。</translation>
    </message>
</context>
<context>
    <name>Teardownctl</name>
    <message>
        <source>BLOCKED: %1</source>
        <translation>已阻止：%1</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CHARGE TYPE</source>
        <translation>计费类型</translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation>销毁保护</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: release from the recycle bin</source>
        <translation>计划：从回收站释放</translation>
    </message>
    <message>
        <source>Plan: return instances</source>
        <translation>计划：退还实例</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>退款</translation>
    </message>
    <message numerus="yes">
        <source>Calls to send: %n</source>
        <translation>
            <numerusform>待发送调用：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3: %n instance(s)</source>
        <translation>
            <numerusform>%1 %2 %3：%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed now (irreversible): %1</source>
        <translation>立即销毁（不可撤销）：%1</translation>
    </message>
    <message>
        <source>Moved to the recycle bin (recoverable): %1</source>
        <translation>移入回收站（可恢复）：%1</translation>
    </message>
    <message>
        <source>Blocked or not found: %1</source>
        <translation>已阻止或未找到：%1</translation>
    </message>
    <message>
        <source>Refund quoted: %1</source>
        <translation>询价退款：%1</translation>
    </message>
    <message>
        <source>Refund quote unavailable: %1</source>
        <translation>无法获取退款询价：%1</translation>
    </message>
    <message>
        <source>Production accounts: %1</source>
        <translation>生产账号：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) will be returned; this cannot be undone. Type %1 to go ahead: </source>
        <translation>
            <numerusform>将退还 %n 个实例，此操作不可撤销。输入 %1 以继续：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) will be moved to the recycle bin. Go ahead? [y/N] </source>
        <translation>
            <numerusform>将把 %n 个实例移入回收站。是否继续？[y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已结束。</translation>
    </message>
    <message>
        <source>Instances marked unknown were not resent. Check them in the console or with list before trying again.</source>
        <translation>标记为未知的实例未被重发。请先在控制台或用 list 命令检查，再决定是否重试。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Stored account to use (name or id).</source>
        <translation>要使用的已保存账号（名称或 ID）。</translation>
    </message>
    <message>
        <source>API endpoint of an ad-hoc account (http only for loopback).</source>
        <translation>临时账号的 API 接入地址（仅环回地址可用 http）。</translation>
    </message>
    <message>
        <source>Region to look at (repeatable; default: all).</source>
        <translation>要查看的地域（可重复；默认：全部）。</translation>
    </message>
    <message>
        <source>Only instances in this state, e.g. RUNNING (repeatable).</source>
        <translation>仅此状态的实例，例如 RUNNING（可重复）。</translation>
    </message>
    <message>
        <source>Only instances of this charge type, e.g. PREPAID (repeatable).</source>
        <translation>仅此计费类型的实例，例如 PREPAID（可重复）。</translation>
    </message>
    <message>
        <source>Only instances in the recycle bin.</source>
        <translation>仅回收站中的实例。</translation>
    </message>
    <message>
        <source>plan/apply: act on every instance the filters match.</source>
        <translation>plan/apply：作用于筛选条件匹配的所有实例。</translation>
    </message>
    <message>
        <source>plan/apply: release instances from the recycle bin for good.</source>
        <translation>plan/apply：从回收站彻底释放实例。</translation>
    </message>
    <message>
        <source>plan/apply: also release the instances&apos; elastic IPs.</source>
        <translation>plan/apply：同时释放实例的弹性公网 IP。</translation>
    </message>
    <message>
        <source>plan/apply: also release prepaid data disks.</source>
        <translation>plan/apply：同时释放包年包月数据盘。</translation>
    </message>
    <message>
        <source>apply: do not ask for confirmation.</source>
        <translation>apply：不询问确认。</translation>
    </message>
    <message>
        <source>Output: table, json or csv (default table).</source>
        <translation>输出格式：table、json 或 csv（默认 table）。</translation>
    </message>
    <message>
        <source>apply: write the run report to FILE (.json or .csv).</source>
        <translation>apply：将执行报告写入文件（.json 或 .csv）。</translation>
    </message>
    <message>
        <source>History database (default: the console&apos;s).</source>
        <translation>历史数据库（默认：控制台的数据库）。</translation>
    </message>
    <message>
        <source>Language of messages: en or zh_CN.</source>
        <translation>消息语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>apply: milliseconds between state checks.</source>
        <translation>apply：两次状态检查之间的毫秒数。</translation>
    </message>
    <message>
        <source>apply: seconds to wait for each instance to reach its expected state.</source>
        <translation>apply：等待每个实例达到预期状态的秒数。</translation>
    </message>
    <message>
        <source>Instance ids for plan and apply.</source>
        <translation>plan 和 apply 的实例 ID。</translation>
    </message>
    <message>
        <source>No command given. Try --help.</source>
        <translation>未指定命令。请参阅 --help。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>未知命令“%1”。请参阅 --help。</translation>
    </message>
    <message>
        <source>Instance ids are only taken by plan and apply.</source>
        <translation>只有 plan 和 apply 接受实例 ID。</translation>
    </message>
    <message>
        <source>Name the instances to act on, or use --all with filters.</source>
        <translation>请指定要操作的实例，或配合筛选条件使用 --all。</translation>
    </message>
    <message>
        <source>Give instance ids or --all, not both.</source>
        <translation>请指定实例 ID 或 --all，不能同时使用。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>未知服务商“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation>“%1”不是有效的接入地址 URL。</translation>
    </message>
    <message>
        <source>Use either --account or --provider/--endpoint, not both.</source>
        <translation>请使用 --account 或 --provider/--endpoint，不能同时使用。</translation>
    </message>
    <message>
        <source>Say which account to use: --account, or --provider with --endpoint.</source>
        <translation>请指定要使用的账号：--account，或 --provider 配合 --endpoint。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>未知格式“%1”：请使用 table、json 或 csv。</translation>
    </message>
    <message>
        <source>--poll-interval needs a number of milliseconds (at least 50).</source>
        <translation>--poll-interval 需要毫秒数（至少 50）。</translation>
    </message>
    <message>
        <source>--verify-timeout needs a number of seconds (at least 1).</source>
        <translation>--verify-timeout 需要秒数（至少 1）。</translation>
    </message>
    <message>
        <source>No keychain is available on this machine: %1</source>
        <translation>此计算机上没有可用的钥匙串：%1</translation>
    </message>
    <message>
        <source>The keychain refused to give the secret: %1</source>
        <translation>钥匙串拒绝提供密钥：%1</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>KEY ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Not on a terminal: nothing was returned. Add --yes to apply without asking.</source>
        <translation>不在终端上：未退还任何实例。如需不经询问直接执行，请添加 --yes。</translation>
    </message>
    <message>
        <source>Nothing to do: no instance of the selection can be returned.</source>
        <translation>无事可做：所选实例均不能退还。</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was returned.</source>
        <translation>未确认：未退还任何实例。</translation>
    </message>
    <message>
        <source>Canceling after the calls already sent…</source>
        <translation>正在取消，已发送的调用将继续完成…</translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation>无法将报告写入 %1。</translation>
    </message>
    <message>
        <source>Moved to the recycle bin, recoverable until %1</source>
        <translation>移入回收站，%1 前可恢复</translation>
    </message>
    <message>
        <source>Subscription cancelled, returned when it expires at %1</source>
        <translation>已取消包年包月，将于 %1 到期时退还</translation>
    </message>
    <message>
        <source>Provider dialect of an ad-hoc account: tencent (API 3.0), tencent-legacy (API 2.0) or zenlayer.</source>
        <translation>临时账号的服务商接口：tencent（API 3.0）、tencent-legacy（API 2.0）或 zenlayer。</translation>
    </message>
    <message>
        <source>--provider %1: %2 and %3</source>
        <translation>--provider %1：%2 和 %3</translation>
    </message>
    <message>
        <source>Set %1 and %2.</source>
        <translation>请设置 %1 和 %2。</translation>
    </message>
    <message>
        <source>Do not put the proxy&apos;s user or password in --proxy: command lines can be read by other users. Set TEARDOWN_PROXY_USER and TEARDOWN_PROXY_PASSWORD instead.</source>
        <translation>请勿在 --proxy 中写入代理的用户名或密码：命令行可被其他用户看到。请改为设置 TEARDOWN_PROXY_USER 和 TEARDOWN_PROXY_PASSWORD。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy: use http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>“%1”不是有效的代理：请使用 http://主机:端口、socks5://主机:端口 或 none。</translation>
    </message>
    <message>
        <source>Proxy for this command: http://HOST:PORT, socks5://HOST:PORT or none.</source>
        <translation>本命令使用的代理：http://主机:端口、socks5://主机:端口 或 none。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM), e.g. of a network that inspects TLS.</source>
        <translation>同时信任 FILE（PEM 格式）中的 CA 证书，例如检查 TLS 流量的网络所用的证书。</translation>
    </message>
    <message>
        <source>The keychain refused to give the proxy&apos;s password: %1</source>
        <translation>钥匙串拒绝提供代理密码：%1</translation>
    </message>
    <message>
        <source> (temporary credentials: also %1)</source>
        <translation>（临时凭证：另需 %1）</translation>
    </message>
    <message>
        <source>Only instances tagged KEY, or KEY=VALUE (repeatable: all must match).</source>
        <translation>只选择带有标签 KEY 或 KEY=VALUE 的实例（可重复：须全部匹配）。</translation>
    </message>
    <message>
        <source>Leave out instances tagged KEY, or KEY=VALUE (repeatable).</source>
        <translation>排除带有标签 KEY 或 KEY=VALUE 的实例（可重复）。</translation>
    </message>
    <message>
        <source>Only instances whose name matches: a glob (ci-*, web-0?) or a regular expression /.../.</source>
        <translation>只选择名称匹配的实例：通配符（ci-*、web-0?）或正则表达式 /.../。</translation>
    </message>
    <message>
        <source>Only instances created before this ISO 8601 date or date-time (UTC unless it says).</source>
        <translation>只选择在此 ISO 8601 日期或日期时间之前创建的实例（未注明时区时为 UTC）。</translation>
    </message>
    <message>
        <source>Only instances created at or after this ISO 8601 date or date-time.</source>
        <translation>只选择在此 ISO 8601 日期或日期时间当时或之后创建的实例。</translation>
    </message>
    <message>
        <source>Only instances created longer ago than this: 90m, 36h, 7d or 2w.</source>
        <translation>只选择创建时间早于此时长之前的实例：90m、36h、7d 或 2w。</translation>
    </message>
    <message>
        <source>Also select with the policy in FILE.json (see docs/policy-format.md).</source>
        <translation>同时按 FILE.json 中的策略选择（见 docs/policy-format.md）。</translation>
    </message>
    <message>
        <source>plan/apply: also act on instances tagged teardown:keep or teardown:keep-until (typed confirmation).</source>
        <translation>plan/apply：也处理带有 teardown:keep 或 teardown:keep-until 标签的实例（需输入确认）。</translation>
    </message>
    <message>
        <source>--tag, --exclude-tag, --name, --created-before, --created-after, --older-than and --policy select instances with --all; they do not apply to instance ids.</source>
        <translation>--tag、--exclude-tag、--name、--created-before、--created-after、--older-than 和 --policy 与 --all 一起选择实例；它们不适用于实例 ID。</translation>
    </message>
    <message>
        <source>The policy is for the accounts %1: choose one with --account.</source>
        <translation>该策略适用于账号 %1：请用 --account 选择其中一个。</translation>
    </message>
    <message>
        <source>The policy is for the stored accounts %1; use one of them with --account, not --provider.</source>
        <translation>该策略适用于已保存的账号 %1；请用 --account 使用其中一个，而不是 --provider。</translation>
    </message>
    <message>
        <source>The policy is for the accounts %1, not for %2: nothing was listed.</source>
        <translation>该策略适用于账号 %1，不适用于 %2：未列出任何实例。</translation>
    </message>
    <message>
        <source>The history database %1 could not be read: %2</source>
        <translation>无法读取历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>No call has been recorded yet: %1 does not exist.</source>
        <translation>尚未记录任何调用：%1 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %n calls are shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>只显示最新的 %n 次调用；缩小筛选范围可查看更早的调用。</numerusform>
        </translation>
    </message>
    <message>
        <source>history: only calls that named this instance.</source>
        <translation>history：只显示涉及此实例的调用。</translation>
    </message>
    <message>
        <source>history: only calls sent since then: a date (2026-11-30, UTC), a date and time (2026-11-30T08:00:00Z; UTC unless it has an offset) or a duration before now (90m, 36h, 7d, 2w).</source>
        <translation>history：只显示此后发送的调用：日期（2026-11-30，UTC）、日期和时间（2026-11-30T08:00:00Z；不带时差时为 UTC）或距今的时长（90m、36h、7d、2w）。</translation>
    </message>
    <message>
        <source>history: only calls with this outcome: succeeded, failed, unknown (the reply was lost, or the call was reviewed later) or sent (sent, never confirmed).</source>
        <translation>history：只显示此结果的调用：succeeded（成功）、failed（失败）、unknown（回复丢失，或事后复核）或 sent（已发送，从未确认）。</translation>
    </message>
    <message>
        <source>unconfirmed: re-read the calls&apos; instances through their stored accounts and record what they show.</source>
        <translation>unconfirmed：通过已保存的账号重新读取这些调用涉及的实例，并记录所见情况。</translation>
    </message>
    <message>
        <source>--%1 filters the history: use it with the history command.</source>
        <translation>--%1 用于筛选历史记录：请与 history 命令一起使用。</translation>
    </message>
    <message>
        <source>--verify is taken by the unconfirmed command only.</source>
        <translation>只有 unconfirmed 命令接受 --verify。</translation>
    </message>
    <message>
        <source>history and unconfirmed read the history database and the stored accounts: they take no --provider or --endpoint.</source>
        <translation>history 和 unconfirmed 读取历史数据库和已保存的账号：不接受 --provider 或 --endpoint。</translation>
    </message>
    <message>
        <source>unconfirmed covers the calls of every account: it takes no --account.</source>
        <translation>unconfirmed 涵盖所有账号的调用：不接受 --account。</translation>
    </message>
    <message>
        <source>--instance needs an instance id.</source>
        <translation>--instance 需要一个实例 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time for --since: use a date (2026-11-30), a date and time (2026-11-30T08:00:00Z) or a duration (36h, 7d).</source>
        <translation>“%1”不是 --since 可用的时间：请使用日期（2026-11-30）、日期和时间（2026-11-30T08:00:00Z）或时长（36h、7d）。</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;: use succeeded, failed, unknown or sent.</source>
        <translation>未知的结果“%1”：请使用 succeeded、failed、unknown 或 sent。</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>INSTANCES</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>DESTRUCTIVE</source>
        <translation>破坏性</translation>
    </message>
    <message>
        <source>ERROR CODE</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>REQUEST ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>核查所见</translation>
    </message>
    <message>
        <source>still unconfirmed</source>
        <translation>仍未确认</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>The account %1 (%2) is not configured here.</source>
        <translation>账号 %1（%2）未在此配置。</translation>
    </message>
    <message>
        <source>The account %1 cannot be read: %2</source>
        <translation>无法读取账号 %1：%2</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>No call is left unconfirmed.</source>
        <translation>没有未确认的调用。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still unconfirmed. Check their instances before acting on them again: teardownctl unconfirmed --verify, or the console.</source>
        <translation>
            <numerusform>仍有 %n 次调用未确认。再次操作这些实例之前请先核查：teardownctl unconfirmed --verify，或使用控制台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some calls could not be marked in the history database: %1</source>
        <translation>部分调用无法在历史数据库中标记：%1</translation>
    </message>
    <message>
        <source>Saved plan %1</source>
        <translation>已保存的计划 %1</translation>
    </message>
    <message>
        <source>Account: %1 (%2, key id %3)</source>
        <translation>账号：%1（%2，密钥 ID %3）</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>摘要：%1</translation>
    </message>
    <message>
        <source>List, plan and return cloud instances with the Teardown Console engine.

Commands:
  list                 list instances (filters: --region, --state, --charge-type, --recycle-bin)
  plan [ID...|--all]   show what returning the instances would do, without doing it
  apply [ID...|--all]  return the instances after confirmation, with progress
  plan ... --out FILE  also save the plan to FILE, to be reviewed and applied later
  show FILE            print a saved plan: who planned it, where, when, and what it does
  apply FILE           apply a saved plan: instances and options come from the file; what
                       changed since is not sent (--max-age, default 24h)
  accounts             list the stored accounts
  history              the recorded calls (filters: --instance, --account, --since,
                       --destructive, --outcome)
  unconfirmed          destructive calls sent and never confirmed; --verify re-reads their
                       instances through the stored accounts and records what they show

Account: --account NAME|ID uses a stored account (secret from the OS keychain).
--provider with --endpoint uses an ad-hoc account with the key pair from the environment:
%1
(Zenlayer zones take the place of regions: --region SEL-A).

Proxy: by default the environment&apos;s (https_proxy, HTTPS_PROXY, http_proxy, no_proxy), never for
loopback endpoints; a stored account&apos;s own proxy setting wins over it. --proxy URL
(http://HOST:PORT or socks5://HOST:PORT) wins over both and applies to every endpoint;
--proxy none connects directly. The proxy&apos;s user and password are read from
TEARDOWN_PROXY_USER and TEARDOWN_PROXY_PASSWORD, never from the command line.

%2

Exit codes:
  0  done; for plan: every instance can be returned
  1  apply: an instance failed or its outcome is unknown;
     unconfirmed: some calls remain unconfirmed
  2  bad arguments, malformed instance ids or a refused policy file
  3  account, credentials, keychain or history problem
  4  the provider could not be read (network, authentication, server)
  5  not confirmed, --yes missing off a terminal, or canceled
  6  some instances are blocked or were not found; the rest was planned or done
  7  show/apply FILE: the plan file was refused (unreadable, malformed, another version, edited,
     too old, or for an account not configured here); plan --out: it could not be written</source>
        <translation>使用 Teardown Console 引擎列出、规划并退还云实例。

命令：
  list                 列出实例（筛选：--region、--state、--charge-type、--recycle-bin）
  plan [ID...|--all]   显示退还这些实例会发生什么，但不执行
  apply [ID...|--all]  确认后退还实例，并显示进度
  plan ... --out FILE  同时将计划保存到 FILE，以便稍后审阅和执行
  show FILE            显示已保存的计划：由谁、在哪里、何时制定，以及它会做什么
  apply FILE           执行已保存的计划：实例和选项均来自文件；此后发生变化的
                       实例不会发送（--max-age，默认 24h）
  accounts             列出已保存的账号
  history              记录的调用（筛选：--instance、--account、--since、
                       --destructive、--outcome）
  unconfirmed          已发送但从未确认的破坏性调用；--verify 通过已保存的账号
                       重新读取其实例并记录所见情况

账号：--account 名称|ID 使用已保存的账号（密钥来自系统钥匙串）。
--provider 加 --endpoint 使用临时账号，密钥对取自环境变量：
%1
（Zenlayer 以可用区代替地域：--region SEL-A）。

代理：默认使用环境变量中的代理（https_proxy、HTTPS_PROXY、http_proxy、no_proxy），回环地址的接入点
从不经过代理；已保存账号自己的代理设置优先于环境变量。--proxy URL
（http://主机:端口 或 socks5://主机:端口）优先于以上两者，并用于所有接入点；
--proxy none 表示直接连接。代理的用户名和密码从 TEARDOWN_PROXY_USER 和
TEARDOWN_PROXY_PASSWORD 读取，从不取自命令行。

%2

退出码：
  0  已完成；对于 plan：所有实例都可以退还
  1  apply：有实例失败或结果未知；
     unconfirmed：仍有调用未确认
  2  参数错误、实例 ID 格式不正确或策略文件被拒绝
  3  账号、凭据、钥匙串或历史记录问题
  4  无法读取服务商（网络、认证、服务器）
  5  未确认、不在终端上且缺少 --yes，或已取消
  6  部分实例被阻止或未找到；其余已规划或已完成
  7  show/apply FILE：计划文件被拒绝（无法读取、格式错误、版本不同、被修改、
     过旧，或所用账号未在此处配置）；plan --out：无法写入计划文件</translation>
    </message>
    <message>
        <source>plan: also save the plan to FILE (see show and apply FILE).</source>
        <translation>plan：同时将计划保存到 FILE（参见 show 和 apply FILE）。</translation>
    </message>
    <message>
        <source>show/apply FILE: refuse a saved plan older than this, e.g. 36h or 7d (default 24h).</source>
        <translation>show/apply FILE：拒绝早于此时长的已保存计划，例如 36h 或 7d（默认 24h）。</translation>
    </message>
    <message>
        <source>list, plan, apply, show, accounts, history or unconfirmed</source>
        <translation>list、plan、apply、show、accounts、history 或 unconfirmed</translation>
    </message>
    <message>
        <source>A saved plan&apos;s instances and options come from the file; remove %1.</source>
        <translation>已保存计划的实例和选项均来自文件；请去掉 %1。</translation>
    </message>
    <message>
        <source>show takes one saved plan: teardownctl show FILE.</source>
        <translation>show 只接受一个已保存的计划：teardownctl show FILE。</translation>
    </message>
    <message>
        <source>--max-age applies to show FILE and apply FILE only.</source>
        <translation>--max-age 只适用于 show FILE 和 apply FILE。</translation>
    </message>
    <message>
        <source>--out is taken by plan only.</source>
        <translation>只有 plan 接受 --out。</translation>
    </message>
    <message>
        <source>plan, apply and show print a table or json, not csv.</source>
        <translation>plan、apply 和 show 只能输出表格或 json，不支持 csv。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无事可做。</translation>
    </message>
    <message>
        <source>Plan saved to %1. Review it with teardownctl show %1; apply it with teardownctl apply %1.</source>
        <translation>计划已保存到 %1。可用 teardownctl show %1 审阅，用 teardownctl apply %1 执行。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>history: only destructive calls (returns, releases, lifts of termination protection).</source>
        <translation>history：只显示破坏性调用（退还、释放、关闭销毁保护）。</translation>
    </message>
    <message>
        <source>Termination protection lifted first, then: %1</source>
        <translation>先关闭销毁保护，然后：%1</translation>
    </message>
    <message>
        <source>Termination protection lifted first: %1</source>
        <translation>先关闭销毁保护：%1</translation>
    </message>
    <message>
        <source>Protected instances stay blocked; --lift-protection lifts their protection first.</source>
        <translation>开启了销毁保护的实例仍被阻止；--lift-protection 会先关闭它们的保护。</translation>
    </message>
    <message>
        <source>Protected instances of production accounts stay blocked; add --lift-protection-on-production to lift theirs too.</source>
        <translation>生产账号中开启了销毁保护的实例仍被阻止；加上 --lift-protection-on-production 也会关闭它们的保护。</translation>
    </message>
    <message>
        <source>Termination protection is not lifted here: %1</source>
        <translation>此处不关闭销毁保护：%1</translation>
    </message>
    <message>
        <source>plan/apply: lift the termination protection of protected Tencent Cloud API 3.0 instances first, then return them (typed confirmation).</source>
        <translation>plan/apply：先关闭腾讯云 API 3.0 实例的销毁保护，再退还它们（需输入确认）。</translation>
    </message>
    <message>
        <source>plan/apply, with --lift-protection: lift it on production accounts too.</source>
        <translation>plan/apply，与 --lift-protection 一起使用：生产账号的实例也关闭保护。</translation>
    </message>
    <message>
        <source>Selection (list, and plan/apply with --all): --tag, --exclude-tag, --name, --created-before,
--created-after and --older-than all apply, with --region, --state and --charge-type;
--policy FILE.json adds a policy file&apos;s accounts, regions and include/exclude sets.
Instances tagged teardown:keep (any value but false) or teardown:keep-until (an RFC 3339
time still to come) are blocked in plans unless --ignore-keep-tags is given.
Instances under termination protection are blocked unless --lift-protection is given
(Tencent Cloud API 3.0 only): their protection is lifted with ModifyInstancesAttribute,
then they are returned; production accounts also need --lift-protection-on-production.</source>
        <translation>选择（list，以及带 --all 的 plan/apply）：--tag、--exclude-tag、--name、--created-before、
--created-after 和 --older-than 同时生效，并与 --region、--state、--charge-type 一起生效；
--policy FILE.json 加入策略文件中的账号、地域以及包含/排除条件。
带有 teardown:keep（值不为 false）或 teardown:keep-until（尚未到达的 RFC 3339
时间）标签的实例在计划中被阻止，除非指定 --ignore-keep-tags。
开启了销毁保护的实例在计划中被阻止，除非指定 --lift-protection
（仅限腾讯云 API 3.0）：先用 ModifyInstancesAttribute 关闭其保护，
再退还它们；生产账号还需要 --lift-protection-on-production。</translation>
    </message>
    <message>
        <source>--lift-protection-on-production goes with --lift-protection.</source>
        <translation>--lift-protection-on-production 须与 --lift-protection 一起使用。</translation>
    </message>
</context>
<context>
    <name>TemporaryCredentialsFields</name>
    <message>
        <source>Session &amp;token (temporary credentials):</source>
        <translation>会话令牌（临时凭证）(&amp;T)：</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token, if any</source>
        <translation>留空则保留已存储的令牌（如有）</translation>
    </message>
    <message>
        <source>Empty for permanent keys</source>
        <translation>永久密钥请留空</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Import tccli profile…</source>
        <translation>导入 tccli 配置…</translation>
    </message>
    <message>
        <source>Import tccli profile</source>
        <translation>导入 tccli 配置</translation>
    </message>
    <message>
        <source>tccli credentials (*.credential);;All files (*)</source>
        <translation>tccli 凭证 (*.credential);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported the key pair. The file has no session token: permanent keys.</source>
        <translation>已导入密钥对。该文件没有会话令牌：为永久密钥。</translation>
    </message>
    <message>
        <source>Imported the key pair and the session token. Set when they expire.</source>
        <translation>已导入密钥对和会话令牌。请设置其过期时间。</translation>
    </message>
</context>
<context>
    <name>TencentChargeType</name>
    <message>
        <source>Monthly subscription</source>
        <translation>包年包月</translation>
    </message>
    <message>
        <source>Pay as you go (hourly)</source>
        <translation>按小时后付费</translation>
    </message>
    <message>
        <source>Billed by dedicated host</source>
        <translation>专用宿主机付费</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>竞价付费</translation>
    </message>
    <message>
        <source>Billed by dedicated cluster</source>
        <translation>专用集群付费</translation>
    </message>
</context>
<context>
    <name>TencentRecycleBin</name>
    <message>
        <source>To recover an instance from the recycle bin, renew it in the Tencent Cloud console (Renew) before it is released; it then starts again with its data.</source>
        <translation>如需从回收站恢复实例，请在其被释放之前在腾讯云控制台中续费（Renew）；实例随后会携带原有数据重新启动。</translation>
    </message>
</context>
<context>
    <name>TencentState</name>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>开机中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>关机中</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>In recycle bin (shut down, to be destroyed)</source>
        <translation>在回收站中（已停止待销毁）</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>销毁中</translation>
    </message>
    <message>
        <source>Entering rescue mode</source>
        <translation>进入救援模式</translation>
    </message>
    <message>
        <source>In rescue mode</source>
        <translation>救援模式中</translation>
    </message>
    <message>
        <source>Leaving rescue mode</source>
        <translation>退出救援模式</translation>
    </message>
    <message>
        <source>Entering live migration</source>
        <translation>开始热迁移</translation>
    </message>
    <message>
        <source>In live migration</source>
        <translation>热迁移中</translation>
    </message>
    <message>
        <source>Leaving live migration</source>
        <translation>结束热迁移</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <source>&quot;%1&quot; is not a duration: write a whole number and a unit, m (minutes), h (hours), d (days) or w (weeks), e.g. 90m, 36h, 7d or 2w.</source>
        <translation>&quot;%1&quot; 不是时长：请写整数加单位，m（分钟）、h（小时）、d（天）或 w（周），例如 90m、36h、7d 或 2w。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: it must be longer than nothing.</source>
        <translation>&quot;%1&quot; 不是时长：必须大于零。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long a duration: at most 100 years.</source>
        <translation>&quot;%1&quot; 时长过长：最多 100 年。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write an ISO 8601 date or date-time, e.g. 2024-06-01, 2024-06-01T12:30 (UTC) or 2024-06-01T12:30:00+08:00.</source>
        <translation>&quot;%1&quot; 不是日期：请写 ISO 8601 日期或日期时间，例如 2024-06-01、2024-06-01T12:30（UTC）或 2024-06-01T12:30:00+08:00。</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>It is not a file.</source>
        <translation>它不是一个文件。</translation>
    </message>
    <message>
        <source>It is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>Certificate: %1, SHA-256 %2</source>
        <translation>证书：%1，SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>TokenExpiry</name>
    <message>
        <source>temporary credentials expired</source>
        <translation>临时凭证已过期</translation>
    </message>
    <message numerus="yes">
        <source>temporary credentials expire in %n min</source>
        <translation>
            <numerusform>临时凭证将在 %n 分钟后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>temporary credentials expire %1</source>
        <translation>临时凭证过期时间 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. Renew the temporary credentials (edit the account) before confirming: once the provider refuses them, nothing more is sent through that account.</source>
        <translation>%1。请在确认前续期临时凭证（编辑账号）：一旦云厂商拒绝这些凭证，将不再通过该账号发送任何请求。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>UnconfirmedCallsDialog</name>
    <message>
        <source>Calls that were not confirmed</source>
        <translation>未确认的调用</translation>
    </message>
    <message numerus="yes">
        <source>Teardown Console stopped while the destructive call(s) below were on their way to the provider, before any reply arrived. They may or may not have been applied: the instances may already be stopped or released. Verify the instances before acting on them again.</source>
        <translation>
            <numerusform>Teardown Console 在下列 %n 个破坏性调用发往云服务商的途中、收到任何回复之前已停止。这些调用可能已生效，也可能未生效：相关实例可能已被关机或释放。请先核实这些实例，再对它们进行操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>&amp;Verify instances</source>
        <translation>核实实例(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>标记为已复核(&amp;M)</translation>
    </message>
    <message>
        <source>Record these calls as having an unknown outcome and stop asking.</source>
        <translation>将这些调用记录为结果未知，不再提示。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) could not be marked in the history database. %1</source>
        <translation>
            <numerusform>有 %n 个调用无法在历史数据库中标记。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <source>Read these instances again from the provider and record what they show.</source>
        <translation>从云服务商重新读取这些实例，并记录其状态。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the instances again…</source>
        <translation>正在重新读取实例…</translation>
    </message>
    <message>
        <source>Every call is verified; what was found is recorded in the history.</source>
        <translation>所有调用均已核实，结果已记入历史记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) could not be verified and are still unconfirmed.</source>
        <translation>
            <numerusform>%n 个调用无法核实，仍未确认。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnconfirmedReview</name>
    <message>
        <source>%1 is gone</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>%1 is being destroyed (%2)</source>
        <translation>%1 正在销毁（%2）</translation>
    </message>
    <message>
        <source>%1 is in the recycle bin (%2)</source>
        <translation>%1 在回收站中（%2）</translation>
    </message>
    <message>
        <source>%1 is still there (%2)</source>
        <translation>%1 仍然存在（%2）</translation>
    </message>
    <message>
        <source>, its latest operation is %1 (%2)</source>
        <translation>，其最近一次操作为 %1（%2）</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>已核查：%1</translation>
    </message>
    <message>
        <source>Reviewed after restart</source>
        <translation>重启后已复核</translation>
    </message>
</context>
<context>
    <name>UnconfirmedVerification</name>
    <message>
        <source>The account %1 (%2) is not configured here.</source>
        <translation>本机未配置账号 %1（%2）。</translation>
    </message>
    <message>
        <source>The account %1 cannot be read: %2</source>
        <translation>无法读取账号 %1：%2</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>List every instance of every account again (F5)</source>
        <translation>重新列出所有账号的所有实例（F5）</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退还(&amp;R)…</translation>
    </message>
    <message>
        <source>Return the selected instances: shows the plan first (Delete)</source>
        <translation>退还所选实例：先显示计划（Delete）</translation>
    </message>
    <message>
        <source>Re&amp;lease from recycle bin…</source>
        <translation>从回收站释放(&amp;L)…</translation>
    </message>
    <message>
        <source>Destroy the selected recycle-bin instances for good: shows the plan first (Shift+Delete)</source>
        <translation>彻底销毁所选的回收站实例：先显示计划（Shift+Delete）</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <source>Instances in the recycle bin across all accounts, with the time left (Ctrl+B)</source>
        <translation>所有账号在回收站中的实例及剩余时间 (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every call the console made (Ctrl+H)</source>
        <translation>控制台发出的每一次调用 (Ctrl+H)</translation>
    </message>
    <message>
        <source>R&amp;uns…</source>
        <translation>执行记录(&amp;U)…</translation>
    </message>
    <message>
        <source>Every run since the console started; open a run&apos;s window again (Ctrl+Shift+R)</source>
        <translation>控制台启动以来的每次执行；可再次打开执行窗口（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy instance ids</source>
        <translation>复制实例 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export visible list to CSV…</source>
        <translation>将可见列表导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>管理账号(&amp;M)…</translation>
    </message>
    <message>
        <source>Show the &amp;sandbox</source>
        <translation>显示沙盒(&amp;S)</translation>
    </message>
    <message>
        <source>The emulated sample fleet, next to your own accounts</source>
        <translation>与您自己的账户并列显示的模拟示例实例</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>全选显示的实例(&amp;A)</translation>
    </message>
    <message>
        <source>Select every instance the filters show, and only those (Ctrl+A)</source>
        <translation>选择筛选条件显示的所有实例，且仅选择这些（Ctrl+A）</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>打开计划(&amp;O)…</translation>
    </message>
    <message>
        <source>Review and execute a plan saved in the console or by teardownctl plan --out (Ctrl+O)</source>
        <translation>审阅并执行在控制台中或由 teardownctl plan --out 保存的计划（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Teardown Console</source>
        <translation>关于 Teardown Console(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ZenlayerChargeType</name>
    <message>
        <source>Monthly subscription</source>
        <translation>包年包月</translation>
    </message>
    <message>
        <source>Pay as you go</source>
        <translation>按量计费</translation>
    </message>
</context>
<context>
    <name>ZenlayerRecycleBin</name>
    <message>
        <source>This console cannot recover an instance from the recycle bin; use the Zenlayer console before it is released.</source>
        <translation>本控制台无法从回收站恢复实例；请在其被释放之前使用 Zenlayer 控制台操作。</translation>
    </message>
</context>
<context>
    <name>ZenlayerState</name>
    <message>
        <source>Waiting to be created</source>
        <translation>等待创建</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Installing the OS</source>
        <translation>正在安装操作系统</translation>
    </message>
    <message>
        <source>OS installation failed</source>
        <translation>操作系统安装失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Booting</source>
        <translation>开机中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>关机中</translation>
    </message>
    <message>
        <source>Moving to the recycle bin</source>
        <translation>正在移入回收站</translation>
    </message>
    <message>
        <source>In recycle bin (released automatically after 24 hours)</source>
        <translation>在回收站中（24 小时后自动释放）</translation>
    </message>
</context>
</TS>
