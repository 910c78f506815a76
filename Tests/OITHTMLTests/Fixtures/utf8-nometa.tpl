<html><head><title>เทศบาลตำบลไม่มีเมตา</title></head>
<body>
<ul class="menu">
  <li><a href="structure.php">โครงสร้างองค์กร</a></li>
  <li><a href="authority.php">อำนาจหน้าที่</a></li>
  <li><a href="egp.php">ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘</a></li>
</ul>
</body></html>
